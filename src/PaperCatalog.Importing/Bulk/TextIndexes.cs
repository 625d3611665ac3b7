using Npgsql;
using PaperCatalog.Data.Search;

namespace PaperCatalog.Importing.Bulk;

/// <summary>
/// The papers table's text index (the search vector's RUM index, or its GIN index on a server without RUM)
/// and the GIN index over the tag ids, which cost far more to maintain row by row than to
/// build once. A bulk import that at least doubles the catalog drops them inside its transaction and builds
/// them again before the commit.
/// </summary>
/// <remarks>
/// Dropping takes an exclusive lock on papers until the commit: searches wait for such a load instead
/// of seeing it half done. Smaller imports keep the indexes and leave searches running.
/// </remarks>
internal static class TextIndexes
{
    private static readonly string[] Names = [RumIndex.GinName, RumIndex.Name, "ix_papers_tag_ids"];

    /// <summary>Drops the text indexes when <paramref name="newRows"/> is at least the papers already stored.</summary>
    /// <returns>The names and definitions of the indexes to build again, empty when nothing was dropped.</returns>
    public static async Task<IReadOnlyList<(string Name, string Definition)>> DropForLoadAsync(NpgsqlConnection connection, long newRows, CancellationToken cancellation)
    {
        // Counting 2,500,000 papers that are not yet all-visible reads the table, which may take longer than
        // Npgsql's default 30 seconds; the import as a whole is what an operator cancels.
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM papers", connection) { CommandTimeout = 0 })
        {
            if (newRows < (long)(await count.ExecuteScalarAsync(cancellation))! || newRows < 1000)
            {
                return [];
            }
        }

        var definitions = new List<(string, string)>();
        await using (var read = new NpgsqlCommand("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'papers' AND indexname = ANY(@names) ORDER BY array_position(@names, indexname::text)", connection))
        {
            read.Parameters.AddWithValue("names", Names);
            await using var reader = await read.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await using var drop = new NpgsqlCommand($"DROP INDEX IF EXISTS {string.Join(", ", Names)}", connection) { CommandTimeout = 0 };
        await drop.ExecuteNonQueryAsync(cancellation);
        return definitions;
    }

    /// <param name="starting">Called before each build with how many are built and the index's name.</param>
    public static async Task BuildAsync(NpgsqlConnection connection, IReadOnlyList<(string Name, string Definition)> definitions, Action<int, string> starting, CancellationToken cancellation)
    {
        foreach (var (built, (name, definition)) in definitions.Index())
        {
            starting(built, name);
            await using var build = new NpgsqlCommand($"SET LOCAL maintenance_work_mem = '1GB'; {definition}", connection) { CommandTimeout = 0 };
            await build.ExecuteNonQueryAsync(cancellation);
        }
    }
}
