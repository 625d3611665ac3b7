using Npgsql;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Plain SQL against a test database, for expectations the API's own SQL must agree with.</summary>
internal static class CatalogQueries
{
    /// <summary>The ids the query's first column returns; <c>@q</c>, when used, is bound to <paramref name="search"/>.</summary>
    public static async Task<HashSet<long>> IdsAsync(string connectionString, string sql, string search = "") =>
        [.. await OrderedIdsAsync(connectionString, sql, search)];

    /// <summary>The ids the query's first column returns, in its order; <c>@q</c> as in <see cref="IdsAsync"/>.</summary>
    public static async Task<List<long>> OrderedIdsAsync(string connectionString, string sql, string search = "")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("q", search);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var ids = new List<long>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>Papers whose real title (not a derived one) holds the words of the search, by the title alone.</summary>
    public static Task<HashSet<long>> TitleMatchesAsync(string connectionString, string search) => IdsAsync(
        connectionString,
        "SELECT id FROM papers WHERE NOT title_is_derived AND to_tsvector('english', title) @@ websearch_to_tsquery('english', @q)",
        search);

    /// <summary>Papers whose abstract holds the words of the search.</summary>
    public static Task<HashSet<long>> AbstractMatchesAsync(string connectionString, string search) => IdsAsync(
        connectionString,
        "SELECT id FROM papers WHERE to_tsvector('english', abstract) @@ websearch_to_tsquery('english', @q)",
        search);
}
