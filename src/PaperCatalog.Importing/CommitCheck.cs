using Npgsql;

namespace PaperCatalog.Importing;

/// <summary>Learns, on a connection of its own, whether a transaction whose COMMIT lost its answer committed.</summary>
internal static class CommitCheck
{
    // Ending the old session settles its transaction: a COMMIT under way ends first (it cannot be interrupted), and one
    // that never arrived rolls back. Until then the run's row could still appear. No row: the session is gone already,
    // and the pid alone could by now be another session's. False: it outlived the wait.
    private const string EndSession =
        """
        SELECT pg_terminate_backend(pid, 30000) FROM pg_stat_activity
        WHERE pid = @session AND pid <> pg_backend_pid() AND datname = current_database() AND usename = current_user
        """;

    /// <returns>The outcome, and when it is unknown, why the check could not tell (null when the session outlived the wait).</returns>
    public static async Task<(CommitOutcome Outcome, Exception? Unanswered)> OutcomeAsync(string connectionString, int session, long runId)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(CancellationToken.None);
            await using var end = new NpgsqlCommand(EndSession, connection) { CommandTimeout = 60 };
            end.Parameters.AddWithValue("session", session);
            if (await end.ExecuteScalarAsync(CancellationToken.None) is false)
            {
                return (CommitOutcome.Unknown, null);
            }

            await using var find = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM import_runs WHERE id = @run)", connection);
            find.Parameters.AddWithValue("run", runId);
            return ((bool)(await find.ExecuteScalarAsync(CancellationToken.None))! ? CommitOutcome.Committed : CommitOutcome.RolledBack, null);
        }
        catch (Exception unanswered) when (unanswered is NpgsqlException or IOException or TimeoutException)
        {
            // Unreachable, or refused the right to end the session: nothing is known.
            return (CommitOutcome.Unknown, unanswered);
        }
    }
}
