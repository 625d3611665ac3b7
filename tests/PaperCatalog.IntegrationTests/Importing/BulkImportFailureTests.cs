using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>A bulk import the database refuses after its files were read writes nothing and keeps what it read.</summary>
public sealed class BulkImportFailureTests(PostgresServer server)
{
    [Fact]
    public async Task A_bulk_import_the_database_refuses_while_merging_writes_nothing_and_keeps_each_files_details()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        // The seeds hold papers about distillation, so the insert of the new papers is refused.
        await CatalogSql.ExecuteAsync(catalog.ConnectionString, "ALTER TABLE papers ADD CONSTRAINT no_distillation CHECK (abstract NOT ILIKE '%distill%')");

        var summary = await catalog.BulkImportAsync(TestPaths.Seeds);

        Assert.Equal(ImportStatus.Failed, summary.Status);
        Assert.Contains("the database refused the import", summary.Error, StringComparison.Ordinal);
        Assert.Contains("no_distillation", summary.Error, StringComparison.Ordinal);
        Assert.Equal((5, 462), (summary.Files.Count, summary.Files.Sum(f => f.Parsed)));
        Assert.Equal((0, 0), await catalog.LeftoversAsync());
        await using var db = catalog.CreateDbContext();
        var run = await db.ImportRuns.Include(r => r.Files).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((ImportStatus.Failed, summary.Error), (run.Status, run.Error));
        Assert.Equal(summary.Files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => (f.Name, f.Parsed)), run.Files.OrderBy(f => f.FileName, StringComparer.Ordinal).Select(f => (f.FileName, f.Parsed)));
    }
}
