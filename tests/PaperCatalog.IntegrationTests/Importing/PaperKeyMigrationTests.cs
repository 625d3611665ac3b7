using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PaperCatalog.Data;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>Title and abstract keys became uuid fingerprints; papers stored before keep matching (ADR-025).</summary>
public sealed class PaperKeyMigrationTests(PostgresServer server)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Papers_stored_with_the_earlier_keys_are_matched_by_an_import_after_the_migration(bool bulk)
    {
        var connectionString = await server.CreateEmptyDatabaseAsync();
        await using (var db = new CatalogDbContext(CatalogDbContextOptions.For(connectionString)))
        {
            await db.GetService<IMigrator>().MigrateAsync("SourcesReferToDumpFiles", TestContext.Current.CancellationToken);
        }

        Assert.Equal(427, await LegacyPapers.InsertSeedsAsync(connectionString));
        await CatalogDatabase.MigrateAsync(connectionString, TestContext.Current.CancellationToken);

        var catalog = new CatalogFixture(connectionString);
        var summary = bulk ? await catalog.BulkImportAsync(TestPaths.Seeds) : await catalog.ImportAsync(TestPaths.Seeds);

        Assert.Equal((0, 0, 427), (summary.Added, summary.Updated, summary.Unchanged));
        Assert.Equal(427, await CatalogSql.ScalarAsync(connectionString, "SELECT count(*) FROM papers"));
    }
}
