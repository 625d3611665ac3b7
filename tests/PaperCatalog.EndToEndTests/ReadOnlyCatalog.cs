using PaperCatalog.Testing;

namespace PaperCatalog.EndToEndTests;

/// <summary>
/// One running catalog, started once, for the test classes that only read it (browsing, searching, layout).
/// Starting the app (a database from the template, its migrations, the seeds) took about 8 s a test, and most
/// end-to-end tests only read. A class that writes (tags, imports, rules, accounts) starts its own
/// <see cref="RunningCatalog"/>, so that no test sees another's changes.
/// </summary>
public sealed class ReadOnlyCatalog(PostgresServer server) : IAsyncLifetime
{
    public const string Name = "read-only catalog";

    public RunningCatalog App { get; private set; } = default!;

    public async ValueTask InitializeAsync() => App = await RunningCatalog.StartAsync(server);

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>The classes sharing <see cref="ReadOnlyCatalog"/>; xUnit runs them one after another.</summary>
[CollectionDefinition(ReadOnlyCatalog.Name)]
public sealed class ReadOnlyCatalogCollection : ICollectionFixture<ReadOnlyCatalog>;
