using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaperCatalog.Data;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;
using PaperCatalog.LocalPostgres;

namespace PaperCatalog.Cli;

/// <summary>
/// The services a command needs, over the same database the web app uses: the configured
/// <c>ConnectionStrings__Catalog</c>, or the checkout's private PostgreSQL.
/// </summary>
internal sealed class CliServices : IAsyncDisposable
{
    private readonly ILoggerFactory _logging;
    private readonly ServiceProvider _provider;
    private readonly CatalogConnection _connection;

    private CliServices(ILoggerFactory logging, ServiceProvider provider, CatalogConnection connection)
    {
        _logging = logging;
        _provider = provider;
        _connection = connection;
    }

    public string ConnectionString => _connection.ConnectionString;

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Connects (starting the private server if needed) and applies pending migrations.</summary>
    public static async Task<CliServices> StartAsync(CancellationToken cancellation)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();

        // Logs go to stderr so that --json output on stdout stays parseable.
        var logging = LoggerFactory.Create(builder => builder
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddFilter("PaperCatalog", LogLevel.Information)
            .SetMinimumLevel(LogLevel.Warning));
        var dataDirectory = configuration["LocalPostgres:DataDirectory"];
        var connection = await CatalogConnection.ResolveAsync(
            configuration[CatalogConnection.ConfigurationKey],
            string.IsNullOrWhiteSpace(dataDirectory) ? null : dataDirectory,
            logging.CreateLogger("PaperCatalog.Database"),
            cancellation);
        await CatalogPreparation.PrepareAsync(connection.ConnectionString, TimeProvider.System, cancellation);

        var services = new ServiceCollection();
        services.AddSingleton(logging);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddPooledDbContextFactory<CatalogDbContext>(o => o.UseCatalogDatabase(CatalogDbContextOptions.Normalize(connection.ConnectionString)));
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CatalogImporter>();
        services.AddSingleton<BulkImporter>();
        return new CliServices(logging, services.BuildServiceProvider(), connection);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _connection.DisposeAsync();
        _logging.Dispose();
    }
}
