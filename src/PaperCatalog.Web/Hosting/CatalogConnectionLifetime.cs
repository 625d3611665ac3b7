using PaperCatalog.LocalPostgres;

namespace PaperCatalog.Web.Hosting;

/// <summary>Stops the private PostgreSQL server, if the app started one, when the app stops.</summary>
internal sealed class CatalogConnectionLifetime(CatalogConnection connection) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await connection.DisposeAsync();
}
