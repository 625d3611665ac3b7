using Npgsql;
using NpgsqlTypes;

namespace PaperCatalog.Data.Search;

/// <summary>
/// The ids of the tags a search filters by. Filters compare tag ids, not slugs joined through the tags
/// table: with the ids in the statement the planner sees how many papers carry each tag (a join hides
/// it, estimated 15 times too few at 100,000 papers, and then looks up every tagged paper one by one).
/// </summary>
internal static class TagIds
{
    public static async Task<IReadOnlyDictionary<string, int>> ForAsync(NpgsqlConnection connection, IEnumerable<string> slugs, CancellationToken cancellation)
    {
        var wanted = slugs.Distinct(StringComparer.Ordinal).ToArray();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        if (wanted.Length == 0)
        {
            return ids;
        }

        await using var command = new NpgsqlCommand("SELECT slug, id FROM tags WHERE slug = ANY(@slugs)", connection);
        command.Parameters.Add(new NpgsqlParameter("slugs", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = wanted });
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            ids[reader.GetString(0)] = reader.GetInt32(1);
        }

        return ids;
    }
}
