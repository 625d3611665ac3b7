using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>
/// An import the database refuses only at its commit, after the run and its files were written in the transaction:
/// nothing is kept but the failed run, which lists each file once and, like every failed run, no rejections.
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
}
