using PaperCatalog.Data;
using PaperCatalog.Importing.Tagging;

namespace PaperCatalog.Importing;

/// <summary>Readies a catalog database for use: the current schema, and the shipped techniques with their rules.</summary>
public static class CatalogPreparation
{
    public static async Task PrepareAsync(string connectionString, TimeProvider clock, CancellationToken cancellation = default)
    {
        await CatalogDatabase.MigrateAsync(connectionString, cancellation);
        await using var db = new CatalogDbContext(CatalogDbContextOptions.For(connectionString));
        await TaxonomySeeder.EnsureAsync(db, clock.GetUtcNow(), cancellation);
    }
}
