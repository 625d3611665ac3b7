using System.Collections.Concurrent;
using Npgsql;

namespace PaperCatalog.Data.Search;

/// <summary>
/// The search vector's index: RUM where the server offers it, GIN otherwise. RUM stores word positions in
/// the index, so it can hand out matches best-first and a top-20 need not rank every match; it answers
/// plain matches and counts through bitmaps as fast as GIN, so a catalog with RUM has no GIN index
/// (ADR-016). RUM comes from an extension (Debian: postgresql-15-rum) that not every server has, so the
/// catalog works without it, ranking every match through the GIN index.
/// </summary>
public static class RumIndex
{
    public const string Name = "ix_papers_search_rum";

    /// <summary>The GIN index over the search vector, kept only where the server has no RUM.</summary>
    public const string GinName = "ix_papers_search_vector";

    private static readonly ConcurrentDictionary<string, bool> Present = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the extension and the RUM index when the server offers RUM, then drops the GIN index; keeps or
    /// creates the GIN index otherwise. The catalog is never without one of them.
    /// </summary>
    /// <returns>Whether the index exists now.</returns>
    public static async Task<bool> EnsureAsync(string connectionString, CancellationToken cancellation = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"""
            DO $$ BEGIN
              IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') THEN
                CREATE EXTENSION IF NOT EXISTS rum;
                CREATE INDEX IF NOT EXISTS {Name} ON papers USING rum (search_vector rum_tsvector_ops);
                DROP INDEX IF EXISTS {GinName};
              ELSE
                CREATE INDEX IF NOT EXISTS {GinName} ON papers USING gin (search_vector);
              END IF;
            EXCEPTION WHEN insufficient_privilege THEN
              -- A catalog user that may not create extensions still gets a working (GIN-ranked) search.
              RAISE NOTICE 'RUM not installed: %', SQLERRM;
              CREATE INDEX IF NOT EXISTS {GinName} ON papers USING gin (search_vector);
            END $$;
            """,
            connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellation);
        Present.TryRemove(connectionString, out _);
        return await IsPresentAsync(connection, cancellation);
    }

    /// <summary>Whether the catalog has the index, asked once per database and process.</summary>
    public static async Task<bool> IsPresentAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        if (Present.TryGetValue(connection.ConnectionString, out var known))
        {
            return known;
        }

        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = @name)", connection);
        command.Parameters.AddWithValue("name", Name);
        var present = (bool)(await command.ExecuteScalarAsync(cancellation))!;
        Present[connection.ConnectionString] = present;
        return present;
    }
}
