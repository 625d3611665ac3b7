using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PaperCatalog.Testing;
using PaperCatalog.Web.Components.Shared;

namespace PaperCatalog.IntegrationTests.Web;

/// <summary>
/// The failures PostgreSQL really raises, each told apart as the pages word it: a database that is down, too slow or
/// busy with another change can be tried again; any other error is a bug, which the page's error boundary shows.
/// </summary>
public sealed class DatabaseFailureTests(PostgresServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_database_that_turns_connections_away_or_cuts_them_could_not_be_reached()
    {
        var catalog = await server.CreateDatabaseAsync();
        await using var before = await CatalogSql.OpenAsync(catalog);
        await server.StartOutageAsync(catalog);
        try
        {
            Assert.Equal(DatabaseFailure.Unreachable, DatabaseFailure.Describe(await FailureOfAsync(() => ExecuteAsync(before, "SELECT 1"))));
            Assert.Equal(DatabaseFailure.Unreachable, DatabaseFailure.Describe(await FailureOfAsync(() => CatalogSql.OpenAsync(catalog))));
        }
        finally
        {
            await server.EndOutageAsync(catalog);
        }

        var nobodyListens = new NpgsqlConnectionStringBuilder(catalog) { Port = 1, Timeout = 2 }.ConnectionString;
        Assert.Equal(DatabaseFailure.Unreachable, DatabaseFailure.Describe(await FailureOfAsync(() => CatalogSql.OpenAsync(nobodyListens))));
    }

    [Fact]
    public async Task A_statement_past_its_timeout_took_too_long()
    {
        await using var connection = await CatalogSql.OpenAsync(await server.CreateDatabaseAsync());

        var failure = await FailureOfAsync(() => ExecuteAsync(connection, "SET statement_timeout = 50; SELECT pg_sleep(5)"));

        Assert.Equal(DatabaseFailure.TooSlow, DatabaseFailure.Describe(failure));
    }

    [Fact]
    public async Task A_lock_held_by_another_change_is_a_conflict_and_so_is_a_deadlock()
    {
        var catalog = await server.CreateDatabaseAsync();
        await using var first = await CatalogSql.OpenAsync(catalog);
        await using var second = await CatalogSql.OpenAsync(catalog);
        await ExecuteAsync(first, "BEGIN; UPDATE tags SET name = name WHERE id = 1");

        var waited = await FailureOfAsync(() => ExecuteAsync(second, "SET lock_timeout = 50; UPDATE tags SET name = name WHERE id = 1"));
        Assert.Equal(DatabaseFailure.Conflict, DatabaseFailure.Describe(waited));

        // Each holds one row and asks for the other's: PostgreSQL ends one of the two after deadlock_timeout (1 s).
        await ExecuteAsync(second, "SET lock_timeout = 0; BEGIN; UPDATE tags SET name = name WHERE id = 2");
        var crossed = await Task.WhenAll(
            FailureOrNullAsync(() => ExecuteAsync(first, "UPDATE tags SET name = name WHERE id = 2; COMMIT")),
            FailureOrNullAsync(() => ExecuteAsync(second, "UPDATE tags SET name = name WHERE id = 1; COMMIT")));
        var deadlock = Assert.Single(crossed, static f => f is not null);
        Assert.Equal(DatabaseFailure.Conflict, DatabaseFailure.Describe(deadlock!));
    }

    [Fact]
    public async Task Errors_in_our_own_sql_or_data_are_not_put_on_the_database_even_with_an_outages_sql_state()
    {
        await using var connection = await CatalogSql.OpenAsync(await server.CreateDatabaseAsync());

        var syntax = await FailureOfAsync(() => ExecuteAsync(connection, "SELEC 1"));
        var noSequenceYet = await FailureOfAsync(() => ExecuteAsync(connection, "SELECT lastval()"));
        var duplicate = await FailureOfAsync(() => ExecuteAsync(connection, "INSERT INTO tags SELECT * FROM tags LIMIT 1"));

        Assert.Null(DatabaseFailure.Describe(syntax));
        Assert.Equal(PostgresErrorCodes.ObjectNotInPrerequisiteState, ((PostgresException)noSequenceYet).SqlState);
        Assert.Null(DatabaseFailure.Describe(noSequenceYet));
        Assert.Null(DatabaseFailure.Describe(new DbUpdateException("Saving failed.", duplicate)));
        Assert.Null(DatabaseFailure.Describe(new InvalidOperationException("A bug.")));
    }

    [Fact]
    public async Task A_change_the_database_failed_becomes_a_message_and_one_that_is_a_bug_still_throws()
    {
        var catalog = await server.CreateDatabaseAsync();
        var attempts = new ChangeAttempts(NullLogger<ChangeAttempts>.Instance);
        await server.StartOutageAsync(catalog);
        string? failed;
        try
        {
            failed = await attempts.RunAsync("Confirming Distillation", () => CatalogSql.ExecuteAsync(catalog, "UPDATE tags SET name = 'changed'"), Cancel);
        }
        finally
        {
            await server.EndOutageAsync(catalog);
        }

        Assert.Equal($"Confirming Distillation failed: {DatabaseFailure.Unreachable}. Try again.", failed);
        Assert.Equal((3L, (string?)null), await attempts.RunAsync("Counting", () => CatalogSql.ScalarAsync(catalog, "SELECT 3"), Cancel));
        await Assert.ThrowsAsync<PostgresException>(() => attempts.RunAsync("Selecting", () => CatalogSql.ExecuteAsync(catalog, "SELEC 1"), Cancel));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Cancel);
    }

    private static async Task<Exception> FailureOfAsync(Func<Task> action) =>
        await FailureOrNullAsync(action) ?? throw new Xunit.Sdk.XunitException("The statement went through; it was meant to fail.");

    private static async Task<Exception?> FailureOrNullAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception failure)
        {
            return failure;
        }
    }
}
