using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PaperCatalog.Data;

namespace PaperCatalog.Importing;

/// <summary>
/// Commits an import's transaction. A COMMIT whose answer is lost with the connection may have committed all the
/// same, and the import must then say it succeeded: its run, written in the same transaction, is in the catalog, and
/// recording it as failed would contradict the papers it added (and collide with its row).
/// </summary>
internal static class ImportCommit
{
    /// <returns>
    /// Whether the connection was lost although the commit went through: the context's connection must be opened again
    /// before it is used.
    /// </returns>
    /// <exception cref="NpgsqlException">The commit failed, or its outcome cannot be learned.</exception>
    public static async Task<bool> CommitAsync(CatalogDbContext db, IDbContextTransaction transaction, long runId)
    {
        var session = ((NpgsqlConnection)db.Database.GetDbConnection()).ProcessID;
        try
        {
            // Never cancelled: a COMMIT cut short has an unknown outcome, which is what this class is for.
            await transaction.CommitAsync(CancellationToken.None);
            return false;
        }
        catch (Exception failure) when (IsLostAnswer(failure))
        {
            if (await CommittedAsync(db.Database.GetConnectionString()!, session, runId))
            {
                return true;
            }

            throw;
        }
    }

    // PostgreSQL's own error is an answer: the transaction rolled back. Any other failure of Npgsql lost the answer.
    private static bool IsLostAnswer(Exception failure)
    {
        for (var cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause is PostgresException)
            {
                return false;
            }

            if (cause is NpgsqlException or IOException)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> CommittedAsync(string connectionString, int session, long runId)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(CancellationToken.None);
            // Ending the old session settles its transaction: a COMMIT under way ends first (it cannot be interrupted),
            // and one that never arrived rolls back. Until then the run's row could still appear.
            // The pid alone could by now be another session's, should the old one be gone already.
            await using var end = new NpgsqlCommand(
                """
                SELECT pg_terminate_backend(pid, 30000) FROM pg_stat_activity
                WHERE pid = @session AND datname = current_database() AND usename = current_user
                """, connection) { CommandTimeout = 60 };
            end.Parameters.AddWithValue("session", session);
            await end.ExecuteNonQueryAsync(CancellationToken.None);
            await using var find = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM import_runs WHERE id = @run)", connection);
            find.Parameters.AddWithValue("run", runId);
            return (bool)(await find.ExecuteScalarAsync(CancellationToken.None))!;
        }
        catch (Exception unreachable) when (unreachable is NpgsqlException or IOException or TimeoutException)
        {
            return false;
        }
    }
}
