using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PaperCatalog.LocalPostgres;

namespace PaperCatalog.IntegrationTests.Web;

/// <summary>The real web app, in memory, over a test database of its own.</summary>
/// <param name="settings">Further configuration, by key.</param>
public sealed class CatalogAppFactory(string connectionString, bool importSeeds = true, Dictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public string ConnectionString { get; } = connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(CatalogConnection.ConfigurationKey, ConnectionString);
        builder.UseSetting("Catalog:ImportSeedsOnFirstStart", importSeeds ? "true" : "false");
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }
    }
}
