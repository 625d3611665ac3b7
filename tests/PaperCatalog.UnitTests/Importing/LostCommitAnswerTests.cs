using Microsoft.EntityFrameworkCore;
using Npgsql;
using PaperCatalog.Importing;

namespace PaperCatalog.UnitTests.Importing;

/// <summary>
/// Which failures of a COMMIT leave its outcome unknown, so that the importer asks the database what became of the
/// transaction instead of recording the run as failed (<see cref="ImportCommit.IsLostAnswer"/>).
/// </summary>
public sealed class LostCommitAnswerTests
{
    [Theory]
    [InlineData("ERROR", "P0001")] // a deferred trigger refused the commit
    [InlineData("ERROR", "23505")] // a deferred unique constraint
    [InlineData("ERROR", "40001")] // a serialization failure
    [InlineData("ERROR", "57014")] // cancelled before the commit took effect; the session lives on
    public void An_error_raised_in_the_session_is_an_answer_the_transaction_rolled_back(string severity, string sqlState)
    {
        Assert.False(ImportCommit.IsLostAnswer(Refusal(severity, sqlState)));
        Assert.False(ImportCommit.IsLostAnswer(new DbUpdateException("saving failed", Refusal(severity, sqlState))));
    }

    [Theory]
    [InlineData("FATAL", "57P01")] // the session was terminated
    [InlineData("FATAL", "57P02")] // the server crashed
    [InlineData("PANIC", "XX000")]
    [InlineData("FATAL", "08006")] // the connection failed
    public void An_error_that_ends_the_session_or_the_server_may_follow_a_commit_that_took_effect(string severity, string sqlState) =>
        Assert.True(ImportCommit.IsLostAnswer(Refusal(severity, sqlState)));

    [Fact]
    public void A_broken_connection_lost_the_answer() =>
        Assert.True(ImportCommit.IsLostAnswer(new NpgsqlException("Exception while reading from stream", new IOException("connection reset"))));

    [Fact]
    public void A_failure_outside_the_database_is_not_taken_for_a_lost_answer() =>
        Assert.False(ImportCommit.IsLostAnswer(new InvalidOperationException("a bug")));

    private static PostgresException Refusal(string severity, string sqlState) => new("refused", severity, severity, sqlState);
}
