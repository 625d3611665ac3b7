using Microsoft.Extensions.Logging;

namespace PaperCatalog.LocalPostgres;

/// <summary>
/// The catalog's connection: the configured server when there is one, else a private local one.
/// </summary>
/// <param name="ConnectionString">Where the catalog lives.</param>
/// <param name="Server">The private server this process uses, or <c>null</c> when a connection string was configured.</param>
public sealed record CatalogConnection(string ConnectionString, LocalPostgresServer? Server) : IAsyncDisposable
{
    /// <summary>The configuration key (environment: <c>ConnectionStrings__Catalog</c>).</summary>
    public const string ConfigurationKey = "ConnectionStrings:Catalog";

    /// <summary>Uses <paramref name="configured"/> when set; otherwise starts (or joins) the private server.</summary>
    public static async Task<CatalogConnection> ResolveAsync(string? configured, string? dataDirectory, ILogger logger, CancellationToken cancellation = default)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new CatalogConnection(configured, null);
        }

        if (!OperatingSystem.IsLinux())
        {
            throw new LocalPostgresException("No catalog connection string is configured, and a private PostgreSQL can only be made on Linux: set ConnectionStrings__Catalog.");
        }

        var server = await LocalPostgresServer.StartAsync(
            new LocalPostgresOptions { DataDirectory = dataDirectory ?? LocalPostgresLocation.DefaultDataDirectory() }, logger, cancellation);
        return new CatalogConnection(server.ConnectionString, server);
    }

    public ValueTask DisposeAsync() => OperatingSystem.IsLinux() && Server is not null ? Server.DisposeAsync() : ValueTask.CompletedTask;
}
