using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>Contexts over one benchmark database, as the app's DI container would make them.</summary>
internal sealed class CatalogContexts(string connectionString) : IDbContextFactory<CatalogDbContext>
{
    public string ConnectionString { get; } = connectionString;

    public CatalogDbContext CreateDbContext() => new(CatalogDbContextOptions.For(ConnectionString));
}
