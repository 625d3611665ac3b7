using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>An import whose session is ended while its COMMIT runs: an error that says nothing of the outcome.</summary>
public sealed class SessionEndedAtCommitTests(PostgresServer server)
{
    // Sleeps once per transaction, at its COMMIT, so that the session can be ended in the middle of it.
    private const string SlowAtCommit =
        """
        CREATE FUNCTION slow_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF current_setting('test.slept', true) IS DISTINCT FROM 'yes' THEN
            PERFORM set_config('test.slept', 'yes', true);
            PERFORM pg_sleep(60);
          END IF;
          RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER slow_at_commit AFTER INSERT ON papers DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION slow_at_commit();
        """;

    // The session gets FATAL 57P01, an error that can also follow a commit that took effect: the importer asks, finds
    // its run rolled back, and records it as failed once, without a collision or a hang.
    [Theory(Timeout = 120_000)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_import_whose_session_is_ended_in_the_middle_of_its_commit_is_rolled_back_and_recorded_as_failed_once(bool bulk)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await CatalogSql.ExecuteAsync(catalog.ConnectionString, SlowAtCommit);

        var importing = bulk ? catalog.BulkImportAsync(TestPaths.Seeds) : catalog.ImportAsync(TestPaths.Seeds);
        await EndTheSessionSleepingAtCommitAsync(catalog.ConnectionString, importing);
        var summary = await importing;

        Assert.Equal(ImportStatus.Failed, summary.Status);
        Assert.StartsWith("the database refused the import: ", summary.Error, StringComparison.Ordinal);
        Assert.Contains("terminating connection due to administrator command", summary.Error, StringComparison.Ordinal);
        Assert.Equal((0, 0), await catalog.LeftoversAsync());
        await using var db = catalog.CreateDbContext();
        var run = await db.ImportRuns.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((ImportStatus.Failed, summary.RunId), (run.Status, (long?)run.Id));
    }

    // Until the import ends: one that failed before its commit fails the test on its summary, not on a timeout.
    private static async Task EndTheSessionSleepingAtCommitAsync(string connectionString, Task importing)
    {
        const string End = """
            SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event = 'PgSleep'
            """;
        while (!importing.IsCompleted && await CatalogSql.ScalarAsync(connectionString, End) == 0)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
