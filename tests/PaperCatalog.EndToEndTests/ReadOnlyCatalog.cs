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

    // What a write by any of the sharing classes would change: papers, tags and decisions, imports, rules, accounts.
    private const string Contents = """
        SELECT concat_ws(' | ',
            (SELECT count(*) || ' papers, last updated ' || coalesce(max(updated_at)::text, '-') FROM papers),
            (SELECT count(*) || ' tag rows, last updated ' || coalesce(max(updated_at)::text, '-') FROM paper_tags),
            (SELECT count(*) || ' tag changes' FROM paper_tag_changes),
            (SELECT count(*) || ' tags' FROM tags),
            (SELECT count(*) || ' rules' FROM tag_rules),
            (SELECT count(*) || ' import runs' FROM import_runs),
            (SELECT count(*) || ' users' FROM "AspNetUsers"),
            (SELECT count(*) || ' audit entries' FROM audit_log))
        """;

    private string _contentsAtStart = "";

    public RunningCatalog App { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        App = await RunningCatalog.StartAsync(server);
        _contentsAtStart = await ContentsAsync();
    }

    /// <exception cref="InvalidOperationException">A class sharing the catalog wrote to it: it must start its own.</exception>
    public async ValueTask DisposeAsync()
    {
        var contents = await ContentsAsync();
        await App.DisposeAsync();
        if (contents != _contentsAtStart)
        {
            throw new InvalidOperationException($"A test of the '{Name}' collection wrote to the shared catalog; a class that writes must start its own RunningCatalog. Before: {_contentsAtStart}. After: {contents}.");
        }
    }

    private async Task<string> ContentsAsync()
    {
        await using var connection = await CatalogSql.OpenAsync(App.ConnectionString);
        await using var command = new Npgsql.NpgsqlCommand(Contents, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>The classes sharing <see cref="ReadOnlyCatalog"/>; xUnit runs them one after another.</summary>
[CollectionDefinition(ReadOnlyCatalog.Name)]
public sealed class ReadOnlyCatalogCollection : ICollectionFixture<ReadOnlyCatalog>;
