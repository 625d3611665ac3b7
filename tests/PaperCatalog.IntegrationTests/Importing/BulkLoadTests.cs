using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>The load reads files ahead of the copies: any number of streams loads the same rows, and a cancel stops it cleanly.</summary>
public sealed class BulkLoadTests(PostgresServer server)
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Any_number_of_streams_loads_the_same_catalog_as_the_standard_import(int streams)
    {
        var standard = await CatalogFixture.CreateAsync(server);
        var bulk = await CatalogFixture.CreateAsync(server);
        await standard.ImportAsync(TestPaths.Seeds);

        var summary = await bulk.BulkImportAsync(new BulkImportRequest(DumpInput.FromPaths([TestPaths.Seeds]), "test", Streams: streams));

        Assert.Equal((ImportStatus.Succeeded, 462, 427), (summary.Status, summary.Parsed, summary.Added));
        Assert.Equal(await standard.ContentAsync(), await bulk.ContentAsync());
    }

    [Fact]
    public async Task A_bulk_import_cancelled_while_files_are_read_and_copied_returns_and_writes_nothing()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var importer = new BulkImporter(catalog, Options.Create(new ImportOptions()), TimeProvider.System, NullLogger<BulkImporter>.Instance);
        var cancelOnSecondFile = new Progress(p =>
        {
            if (p is { Stage: ImportStage.Reading, Done: 1 })
            {
                cancel.Cancel();
            }
        });

        var summary = await importer.ImportAsync(new BulkImportRequest(DumpInput.FromPaths([TestPaths.Seeds]), "test", Streams: 1), cancelOnSecondFile, cancel.Token)
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal((ImportStatus.Failed, "the import was cancelled"), (summary.Status, summary.Error));
        await using var db = catalog.CreateDbContext();
        Assert.Equal(0, await db.Papers.CountAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await db.Database.SqlQueryRaw<string>("SELECT tablename AS \"Value\" FROM pg_tables WHERE tablename LIKE 'import_staging_%'").ToListAsync(TestContext.Current.CancellationToken));
    }

    // Reports on the caller's thread, unlike System.Progress, so that the cancel happens during the load.
    private sealed class Progress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
