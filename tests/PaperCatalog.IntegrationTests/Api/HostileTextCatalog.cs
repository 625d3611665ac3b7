using PaperCatalog.Domain.Imports;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>
/// The seeded app plus Fixtures/hostile-text.txt: a title holding a script tag and a title holding
/// every LaTeX special character, a comma and quotes. Its own database, since it adds papers.
/// </summary>
public sealed class HostileTextCatalog(PostgresServer server) : IAsyncLifetime
{
    public const string ScriptTitle = "<script>alert(1)</script> Sandboxed Distillation of Browser Agents";

    public const string LatexTitle = "Cost_of 100% Accuracy & $5 #1 {Budget} ~ ^ \\ Students, \"Quoted\"";

    private CatalogAppFactory? _app;

    public HttpClient Client { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        var connectionString = await server.CreateDatabaseAsync();
        _app = new CatalogAppFactory(connectionString);
        Client = _app.CreateClient();

        var summary = await new CatalogFixture(connectionString).ImportAsync(Path.Combine(AppContext.BaseDirectory, "Api", "Fixtures", "hostile-text.txt"));
        Assert.Equal((ImportStatus.Succeeded, 2), (summary.Status, summary.Added));
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
