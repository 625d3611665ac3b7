using Microsoft.EntityFrameworkCore;

namespace PaperCatalog.Data;

/// <summary>Brings a catalog database to the current schema.</summary>
public static class CatalogDatabase
{
    /// <summary>Applies every pending EF Core migration; never EnsureCreated, so the schema history stays true.</summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellation = default)
    {
        await using var db = new CatalogDbContext(CatalogDbContextOptions.For(connectionString));
        await db.Database.MigrateAsync(cancellation);
    }
}
