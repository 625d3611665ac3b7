using PaperCatalog.Data;
using PaperCatalog.Data.Search;
using PaperCatalog.Importing.Tagging;

namespace PaperCatalog.Importing;

/// <summary>
/// Readies a catalog database for use: the current schema, the RUM search index where the server
/// offers it, and the shipped techniques with their rules.
/// </summary>
public static class CatalogPreparation
{
    public static async Task PrepareAsync(string connectionString, TimeProvider clock, CancellationToken cancellation = default)
    {
        await CatalogDatabase.MigrateAsync(connectionString, cancellation);
        await RumIndex.EnsureAsync(connectionString, cancellation);
        await using var db = new CatalogDbContext(CatalogDbContextOptions.For(connectionString));
        await TaxonomySeeder.EnsureAsync(db, clock.GetUtcNow(), cancellation);
    }
}
