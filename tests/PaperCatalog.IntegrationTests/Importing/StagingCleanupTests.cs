using Microsoft.EntityFrameworkCore;
using Npgsql;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>Staging tables never outlive their import for long, and dropping them never spoils its answer.</summary>
public sealed class StagingCleanupTests(PostgresServer server)
{
    [Fact]
    public async Task A_bulk_import_drops_staging_tables_left_behind_over_a_day_ago_and_keeps_younger_ones()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var now = DateTimeOffset.UtcNow;
        var leftBehind = $"import_staging_{StagingTable.IdFor(now - StagingCleanup.LeftBehindAfter - TimeSpan.FromMinutes(1), 7)}";
        var young = $"import_staging_{StagingTable.IdFor(now - StagingCleanup.LeftBehindAfter + TimeSpan.FromMinutes(10), 7)}";
        await CatalogSql.ExecuteAsync(catalog.ConnectionString,
            $"CREATE UNLOGGED TABLE {leftBehind} (x int); CREATE UNLOGGED TABLE {leftBehind}_vectors (x int); CREATE UNLOGGED TABLE {young} (x int); CREATE TABLE import_staging_notes (x int)");

        var summary = await catalog.BulkImportAsync(TestPaths.Seeds);

        Assert.Equal(ImportStatus.Succeeded, summary.Status);
        Assert.Equal([young, "import_staging_notes"], await StagingTablesAsync(catalog));
    }

    // Either table locked, the other is dropped all the same.
    [Theory]
    [InlineData("^import_staging_[0-9]+$")]
    [InlineData("^import_staging_[0-9]+_vectors$")]
    public async Task A_bulk_import_that_cannot_drop_its_staging_table_still_reports_its_success(string locked)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await using var holder = await CatalogSql.OpenAsync(catalog.ConnectionString);
        NpgsqlTransaction? holding = null;
        // Once the run is stored, another session locks its staging table, so the drop cannot have it.
        var progress = new ReportTo(report =>
        {
            if (report.Stage == ImportStage.Finished)
            {
                holding = holder.BeginTransaction();
                using var lockIt = new NpgsqlCommand("SELECT format('LOCK TABLE %I IN ACCESS SHARE MODE', tablename) FROM pg_tables WHERE tablename ~ $1", holder, holding) { Parameters = { new() { Value = locked } } };
                using var command = new NpgsqlCommand((string)lockIt.ExecuteScalar()!, holder, holding);
                command.ExecuteNonQuery();
            }
        });

        var summary = await catalog.BulkImportAsync(new BulkImportRequest(DumpInput.FromPaths([TestPaths.Seeds]), "test"), progress);
        await holding!.RollbackAsync(TestContext.Current.CancellationToken);

        Assert.Equal((ImportStatus.Succeeded, null), (summary.Status, summary.Error));
        await using var db = catalog.CreateDbContext();
        Assert.Equal(ImportStatus.Succeeded, (await db.ImportRuns.SingleAsync(TestContext.Current.CancellationToken)).Status);
        Assert.Equal(summary.Added, await db.Papers.CountAsync(TestContext.Current.CancellationToken));
        Assert.Matches(locked, Assert.Single(await StagingTablesAsync(catalog)));
    }

    private static async Task<List<string>> StagingTablesAsync(CatalogFixture catalog)
    {
        await using var db = catalog.CreateDbContext();
        return await db.Database.SqlQueryRaw<string>("SELECT tablename AS \"Value\" FROM pg_tables WHERE tablename LIKE 'import_staging_%' ORDER BY tablename")
            .ToListAsync(TestContext.Current.CancellationToken);
    }
}
