using System.Collections.Concurrent;
using Npgsql;

namespace PaperCatalog.Data.Search;

/// <summary>
/// The optional RUM index over the search vector. RUM stores word positions in the index, so it can
/// hand out matches best-first and a top-20 need not rank every match. It comes from an extension
/// (Debian: postgresql-15-rum) that not every server has, so the catalog works without it, ranking
/// through the GIN index as before.
/// </summary>
public static class RumIndex
{
    public const string Name = "ix_papers_search_rum";

    private static readonly ConcurrentDictionary<string, bool> Present = new(StringComparer.Ordinal);

    /// <summary>Creates the extension and the index when the server offers RUM; does nothing otherwise.</summary>
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
              END IF;
            EXCEPTION WHEN insufficient_privilege THEN
              -- A catalog user that may not create extensions still gets a working (GIN-ranked) search.
              RAISE NOTICE 'RUM not installed: %', SQLERRM;
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
