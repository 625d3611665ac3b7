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
    /// <exception cref="NpgsqlException">The commit failed and the transaction rolled back.</exception>
    /// <exception cref="CommitOutcomeUnknownException">The answer was lost and whether the commit went through cannot be learned.</exception>
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
            switch (await CommitCheck.OutcomeAsync(db.Database.GetConnectionString()!, session, runId))
            {
                case (CommitOutcome.Committed, _):
                    return true;
                case (CommitOutcome.Unknown, var unanswered):
                    throw new CommitOutcomeUnknownException(runId, failure, unanswered);
                default:
                    throw;
            }
        }
    }

    /// <summary>
    /// Whether a failed COMMIT may have committed all the same. An error PostgreSQL raised in the session is an answer
    /// (the transaction rolled back) unless it ends the session or the server (FATAL, PANIC, SQLSTATE 08 or 57P): those
    /// can arrive after the commit took effect, and leave no session to reuse. Any other failure of Npgsql lost the answer.
    /// </summary>
    internal static bool IsLostAnswer(Exception failure)
    {
        for (var cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause is PostgresException answer)
            {
                return answer.InvariantSeverity is "FATAL" or "PANIC"
                    || answer.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || answer.SqlState.StartsWith("57P", StringComparison.Ordinal);
            }

            if (cause is NpgsqlException or IOException)
            {
                return true;
            }
        }

        return false;
    }
}
