using Microsoft.EntityFrameworkCore;

namespace PaperCatalog.Data;

/// <summary>Brings a catalog database to the current schema.</summary>
public static class CatalogDatabase
{
    /// <summary>Applies every pending EF Core migration; never EnsureCreated, so the schema history stays true.</summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellation = default)
    {
        await using var db = new CatalogDbContext(CatalogDbContextOptions.For(connectionString));
        // Some migrations rewrite the papers table (SearchVectorInRow: about 40 s per 100,000 papers), far past
        // the 30 s default: a large catalog could otherwise never be upgraded.
        db.Database.SetCommandTimeout(0); // Npgsql: no limit
        await db.Database.MigrateAsync(cancellation);
    }
}
