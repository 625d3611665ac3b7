using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperCatalog.Domain.Imports;
using Npgsql;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;
using PaperCatalog.Ingestion;
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
        var cancelOnSecondFile = new ReportTo(p =>
        {
            if (p is { Stage: ImportStage.Reading, Done: 1 })
            {
                cancel.Cancel();
            }
        });

        var summary = await importer.ImportAsync(new BulkImportRequest(DumpInput.FromPaths([TestPaths.Seeds]), "test", Streams: 1), cancelOnSecondFile, cancel.Token)
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal((ImportStatus.Failed, "the import was cancelled"), (summary.Status, summary.Error));
        Assert.Equal((0, 0), await catalog.LeftoversAsync());
    }

    [Fact]
    public async Task A_load_cancelled_between_two_files_stops_with_a_cancel_after_copying_only_the_first()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var staging = new StagingTable(catalog.ConnectionString, id: 1);
        await staging.CreateAsync(TestContext.Current.CancellationToken);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var cancelOnSecondFile = new ReportTo(p =>
        {
            if (p is { Stage: ImportStage.Reading, Done: 1 })
            {
                cancel.Cancel();
            }
        });

        var load = new BulkLoader(catalog.ConnectionString, new DumpReader(new DumpReadOptions()), staging)
            .LoadAsync(DumpInput.FromPaths([TestPaths.Seeds]), streams: 1, cancelOnSecondFile, cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.Equal(1, await StagedFilesAsync(catalog, staging));
    }

    [Fact]
    public async Task A_copy_that_fails_surfaces_as_the_database_error_not_as_a_cancel()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var missing = new StagingTable(catalog.ConnectionString, id: 2);

        var load = new BulkLoader(catalog.ConnectionString, new DumpReader(new DumpReadOptions()), missing)
            .LoadAsync(DumpInput.FromPaths([TestPaths.Seeds]), streams: 2, progress: null, TestContext.Current.CancellationToken);

        var failure = await Assert.ThrowsAsync<PostgresException>(() => load.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.Equal(PostgresErrorCodes.UndefinedTable, failure.SqlState);
    }

    private static async Task<long> StagedFilesAsync(CatalogFixture catalog, StagingTable staging)
    {
        await using var connection = new NpgsqlConnection(catalog.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand($"SELECT count(DISTINCT file_order) FROM {staging.Name}", connection);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
