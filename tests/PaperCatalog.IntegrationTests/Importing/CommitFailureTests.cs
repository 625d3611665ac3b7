using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>
/// Imports whose commit goes wrong: refused by the database only at the commit, after the run and its files were
/// written in the transaction (nothing is kept but the failed run, which lists each file once and no rejections); and
/// cut off with the connection, whether or not the COMMIT reached the server, and whether or not the importer can then
/// learn what became of it; and cancelled once it has committed. A session ended during its COMMIT:
/// <see cref="SessionEndedAtCommitTests"/>.
/// </summary>
public sealed class CommitFailureTests(PostgresServer server)
{
    // A deferred constraint trigger fires at COMMIT, after every statement of the import succeeded (the run and
    // its files included); recording the failed run adds no paper, so the trigger lets it through.
    private const string RefuseAtCommit =
        """
        CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$;
        CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON papers DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION refuse_at_commit();
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_import_refused_at_its_commit_writes_nothing_and_its_failed_run_lists_each_file_once_and_no_rejections(bool bulk)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await CatalogSql.ExecuteAsync(catalog.ConnectionString, RefuseAtCommit);

        var partlyBad = Path.Combine(TempFolder.Create(), "partly-bad.txt");
        await File.WriteAllTextAsync(partlyBad, "Abstract:A good abstract about distillation of large models.\nnot an abstract line\n", TestContext.Current.CancellationToken);

        var summary = bulk ? await catalog.BulkImportAsync(TestPaths.Seeds, partlyBad) : await catalog.ImportAsync(TestPaths.Seeds, partlyBad);

        Assert.Equal(ImportStatus.Failed, summary.Status);
        Assert.Contains("refused at commit", summary.Error, StringComparison.Ordinal);
        Assert.Equal((0, 0), await catalog.LeftoversAsync());
        Assert.Single(summary.Rejections);
        await using var db = catalog.CreateDbContext();
        var run = await db.ImportRuns.Include(r => r.Files).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((ImportStatus.Failed, summary.Error), (run.Status, run.Error));
        Assert.Equal(
            summary.Files.Select(f => (f.Name, f.Parsed)).Order(),
            run.Files.Select(f => (f.FileName, f.Parsed)).Order());
        Assert.Equal(0, await db.ImportRejections.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_import_whose_commit_went_through_but_whose_answer_was_lost_says_it_succeeded(bool bulk)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await using var proxy = CommitAnswerDroppingProxy.To(catalog.ConnectionString);
        var throughProxy = new CatalogFixture(proxy.ConnectionString);

        var summary = bulk ? await throughProxy.BulkImportAsync(TestPaths.Seeds) : await throughProxy.ImportAsync(TestPaths.Seeds);

        Assert.True(proxy.Dropped);
        Assert.Equal((ImportStatus.Succeeded, null), (summary.Status, summary.Error));
        await using var db = catalog.CreateDbContext();
        var run = await db.ImportRuns.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((ImportStatus.Succeeded, summary.Added), (run.Status, run.Added));
        Assert.Equal(summary.Added, await db.Papers.CountAsync(TestContext.Current.CancellationToken));
        Assert.True(summary.Added > 400, $"{summary.Added} papers added");
    }

    // Nothing but the end of the importer's session would release the run's uncommitted row, which recording the
    // failed run would wait on: the timeout is a hang, had the session not been ended.
    [Theory(Timeout = 120_000)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_import_whose_commit_never_reached_the_server_is_rolled_back_and_recorded_as_failed(bool bulk)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await using var proxy = CommitAnswerDroppingProxy.To(catalog.ConnectionString, commitReachesServer: false);
        var throughProxy = new CatalogFixture(proxy.ConnectionString);

        var summary = bulk ? await throughProxy.BulkImportAsync(TestPaths.Seeds) : await throughProxy.ImportAsync(TestPaths.Seeds);

        Assert.True(proxy.Dropped);
        Assert.Equal(ImportStatus.Failed, summary.Status);
        Assert.Equal((0, 0), await catalog.LeftoversAsync());
        await using var db = catalog.CreateDbContext();
        Assert.Equal(ImportStatus.Failed, (await db.ImportRuns.SingleAsync(TestContext.Current.CancellationToken)).Status);
    }

    // Had the failure been recorded under the run's own id, it would have collided with the committed run (23505).
    // With two connections refused, recording the failure fails too: the summary still names the run to look for.
    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    [InlineData(true, 2)]
    public async Task An_import_that_cannot_learn_whether_its_commit_went_through_records_its_failure_as_a_run_of_its_own(bool bulk, int refused)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await using var proxy = CommitAnswerDroppingProxy.To(catalog.ConnectionString, refusedAfterDrop: refused);
        var throughProxy = new CatalogFixture(proxy.ConnectionString);

        var summary = bulk ? await throughProxy.BulkImportAsync(TestPaths.Seeds) : await throughProxy.ImportAsync(TestPaths.Seeds);

        Assert.True(proxy.Dropped);
        Assert.Equal(ImportStatus.Failed, summary.Status);
        await using var db = catalog.CreateDbContext();
        var committed = await CommittedRunAsync(db);
        Assert.Contains($"whether it was stored as run {committed.Id} could not be learned", summary.Error, StringComparison.Ordinal);
        Assert.Equal(committed.Added, await db.Papers.CountAsync(TestContext.Current.CancellationToken));
        var failed = await db.ImportRuns.Where(r => r.Status == ImportStatus.Failed).ToListAsync(TestContext.Current.CancellationToken);
        if (refused == 1)
        {
            var run = Assert.Single(failed);
            Assert.Equal((run.Id, summary.Error, 0), (summary.RunId!.Value, run.Error, run.Added));
        }
        else
        {
            Assert.Empty(failed);
            Assert.Null(summary.RunId);
        }
    }

    // Cancelling once the commit went through used to record the committed run as failed, which collided with it.
    [Fact]
    public async Task A_bulk_import_cancelled_after_its_commit_succeeded_and_says_what_was_left_undone()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var cancelAfterCommit = new ReportTo(p =>
        {
            if (p is { Stage: ImportStage.Saving, Done: 0, Total: 2 })
            {
                cancel.Cancel();
            }
        });

        var summary = await catalog.BulkImportAsync(new BulkImportRequest(DumpInput.FromPaths([TestPaths.Seeds]), "test"), cancelAfterCommit, cancel.Token);

        Assert.True(cancel.IsCancellationRequested);
        Assert.Equal(ImportStatus.Succeeded, summary.Status);
        Assert.StartsWith("the papers were stored, but the planner's statistics and re-tagging the changed papers were cancelled", summary.Error, StringComparison.Ordinal);
        await using var db = catalog.CreateDbContext();
        var run = await db.ImportRuns.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((ImportStatus.Succeeded, summary.Error), (run.Status, run.Error));
        Assert.Equal(summary.Added, await db.Papers.CountAsync(TestContext.Current.CancellationToken));
    }

    // The relay gives the COMMIT a second to land before it cuts the connection; on a loaded machine it may land
    // later, while the importer already answers.
    private static async Task<ImportRun> CommittedRunAsync(CatalogDbContext db)
    {
        for (var attempt = 0; ; attempt++)
        {
            var committed = await db.ImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Status == ImportStatus.Succeeded, TestContext.Current.CancellationToken);
            if (committed is not null || attempt == 100)
            {
                return committed ?? throw new InvalidOperationException("no committed run after 10 s");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
