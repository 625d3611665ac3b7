using Microsoft.Extensions.Logging;
using Npgsql;

namespace PaperCatalog.Importing.Bulk;

/// <summary>
/// Drops the unlogged tables a bulk import stages its rows in: its own once it ends, and those that runs which
/// could not drop theirs (the database went away, the process was killed) left behind.
/// </summary>
internal static class StagingCleanup
{
    /// <summary>How old a staging table must be before another import takes it for left behind.</summary>
    public static readonly TimeSpan LeftBehindAfter = TimeSpan.FromDays(1);

    // Nothing but the run itself uses its tables, so a wait for their lock means something is wrong: the
    // cleanup gives up rather than hold the import's answer back. Set per connection string, not with a SET,
    // so that the timeout never outlives the cleanup on a pooled connection.
    private const string LockTimeout = "-c lock_timeout=5s";

    /// <summary>
    /// Drops a run's tables without ever throwing: the run's outcome is settled by then, and a table left
    /// behind is dropped by a later import. Each table is tried, whatever became of the other.
    /// </summary>
    public static async Task DropAsync(string connectionString, StagedSearchVectors vectors, StagingTable staging, ILogger logger)
    {
        await vectors.StopAsync();
        var timed = WithLockTimeout(connectionString);
        foreach (var table in new[] { vectors.Name, staging.Name })
        {
            try
            {
                await ExecuteAsync(timed, $"DROP TABLE IF EXISTS {table}", CancellationToken.None);
            }
            catch (Exception failure) when (CatalogImporter.IsDatabaseFailure(failure))
            {
                logger.LogWarning(failure, "A bulk import could not drop its staging table {Staging}; a bulk import started after {Age} drops it", table, LeftBehindAfter);
            }
        }
    }

    /// <summary>
    /// Drops the staging tables of runs that started more than <see cref="LeftBehindAfter"/> before
    /// <paramref name="now"/>: a table's name holds its run's start (<see cref="StagingTable.IdFor"/>).
    /// A younger one may belong to an import still loading, which holds no lock between its statements.
    /// </summary>
    public static async Task DropLeftBehindAsync(string connectionString, DateTimeOffset now, CancellationToken cancellation)
    {
        var before = StagingTable.IdFor(now - LeftBehindAfter, 0);
        await ExecuteAsync(
            WithLockTimeout(connectionString),
            $"""
            DO $$
            DECLARE left_behind text;
            BEGIN
                FOR left_behind IN
                    SELECT tablename FROM pg_tables
                    WHERE schemaname = current_schema() AND tablename ~ '^import_staging_[0-9]+(_vectors)?$'
                      AND substring(tablename FROM '^import_staging_([0-9]+)')::numeric < {before}
                LOOP
                    BEGIN
                        EXECUTE format('DROP TABLE IF EXISTS %I', left_behind);
                    EXCEPTION WHEN lock_not_available THEN
                        NULL; -- in use after all: the next import tries again
                    END;
                END LOOP;
            END $$;
            """,
            cancellation);
    }

    internal static string WithLockTimeout(string connectionString)
    {
        // Unpooled: a pool of its own would keep an idle connection open after every import for nothing.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        builder.Options = string.IsNullOrEmpty(builder.Options) ? LockTimeout : $"{builder.Options} {LockTimeout}";
        return builder.ConnectionString;
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
