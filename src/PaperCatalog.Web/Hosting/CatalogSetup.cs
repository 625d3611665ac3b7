using PaperCatalog.Data;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;
using PaperCatalog.LocalPostgres;

namespace PaperCatalog.Web.Hosting;

/// <summary>Wires the catalog database and the import pipeline into the app.</summary>
internal static class CatalogSetup
{
    private const int DefaultCachedResults = 256;

    /// <summary>
    /// Connects to <c>ConnectionStrings:Catalog</c>, or starts the private local PostgreSQL when it is
    /// empty, and registers the DbContext factory that every handler uses.
    /// </summary>
    public static async Task AddCatalogAsync(this WebApplicationBuilder builder)
    {
        // Not disposed: the private server keeps this logger to report its shutdown when the app stops.
        var startupLogging = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole());
        var connection = await CatalogConnection.ResolveAsync(
            builder.Configuration[CatalogConnection.ConfigurationKey],
            NullIfEmpty(builder.Configuration["LocalPostgres:DataDirectory"]),
            startupLogging.CreateLogger("PaperCatalog.Database"));

        builder.Services.AddSingleton(connection);
        builder.Services.AddHostedService<CatalogConnectionLifetime>();
        builder.Services.AddPooledDbContextFactory<CatalogDbContext>(options => options.UseCatalogDatabase(CatalogDbContextOptions.Normalize(connection.ConnectionString)));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<ImportOptions>(builder.Configuration.GetSection(ImportOptions.Section));
        builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));
        builder.Services.AddSingleton<CatalogImporter>();
        builder.Services.AddSingleton<BulkImporter>();
        AddSnapshotCache(builder);
    }

    /// <summary>
    /// Keeps <c>Search:CachedResults</c> recent searches, techniques-page counts and related papers (default 256; 0
    /// turns the cache off, as the bench does to time the searches themselves). See <see cref="SnapshotCache"/> for
    /// why a cached result is never stale.
    /// </summary>
    private static void AddSnapshotCache(WebApplicationBuilder builder)
    {
        var capacity = builder.Configuration.GetValue("Search:CachedResults", DefaultCachedResults);
        if (capacity > 0)
        {
            builder.Services.AddSingleton(new SnapshotCache(capacity));
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
