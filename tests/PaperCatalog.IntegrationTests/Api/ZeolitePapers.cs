using Npgsql;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Papers written straight into the table, many at once, for searches over more papers than the seeds hold.</summary>
internal static class ZeolitePapers
{
    /// <summary>Adds papers "Zeolite study n" for n from 1 to <paramref name="count"/>, in order of n.</summary>
    /// <param name="abstractOfN">The abstract, as SQL over <c>n</c>.</param>
    /// <param name="publishedOnOfN">The date, as SQL over <c>n</c>; null leaves the paper undated.</param>
    public static async Task AddAsync(string connectionString, int count, string abstractOfN, string publishedOnOfN)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO papers (title, title_is_derived, title_key, abstract, abstract_key, published_on, published_year_inferred, upvotes, created_at, updated_at)
            SELECT 'Zeolite study ' || n, false, md5('zeolitestudy' || n)::uuid, {abstractOfN}, md5(n::text)::uuid, {publishedOnOfN}, false, 0, now(), now()
            FROM generate_series(1, {count}) n
            ORDER BY n
            """,
            connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
