using PaperCatalog.Data;
using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>
/// The real app over a database of its own, with the five bundled seeds imported on first start (427 papers).
/// The API tests only read, so they share one: importing the seeds once keeps the suite fast on two cores.
/// </summary>
public sealed class SeededCatalog(PostgresServer server) : IAsyncLifetime
{
    public const int SeedPapers = 427;

    private CatalogAppFactory? _app;

    public HttpClient Client { get; private set; } = default!;

    public string ConnectionString => _app!.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        _app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        Client = _app.CreateClient();
    }

    /// <summary>A DbContext over the same database, to work out expectations independently of the API.</summary>
    public CatalogDbContext Db() => new(CatalogDbContextOptions.For(ConnectionString));

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SeededCatalogCollection : ICollectionFixture<SeededCatalog>
{
    public const string Name = "Seeded catalog";
}
