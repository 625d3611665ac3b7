using Npgsql;
using PaperCatalog.Importing;
using PaperCatalog.LocalPostgres;
using Testcontainers.PostgreSql;
using Xunit;

namespace PaperCatalog.Testing;

/// <summary>
/// A real PostgreSQL server for one test assembly, with a prepared template database (schema and
/// shipped techniques) from which
/// every test class gets a fresh database of its own in milliseconds.
/// </summary>
/// <remarks>
/// The server is <c>ConnectionStrings__Catalog</c> when it is set; otherwise a Testcontainers
/// container where Docker works; otherwise a throwaway cluster from the machine's binaries.
/// Set <c>PAPERCATALOG_TEST_POSTGRES</c> to <c>local</c> or <c>docker</c> to choose.
/// </remarks>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _template = "catalog_template_" + Guid.NewGuid().ToString("N")[..8];
    private IAsyncDisposable? _owned;
    private string _adminConnectionString = "";

    /// <summary>Which kind of server the tests run against, for the test log.</summary>
    public string Kind { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var choice = Environment.GetEnvironmentVariable("PAPERCATALOG_TEST_POSTGRES");
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Catalog");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            (Kind, _adminConnectionString) = ("configured server", configured);
        }
        else if (choice == "docker" || (choice != "local" && DockerIsAvailable()))
        {
            await StartContainerAsync(fallBackToLocal: choice != "docker");
        }
        else
        {
            await StartLocalClusterAsync();
        }

        await using var admin = await OpenAdminAsync();
        await ExecuteAsync(admin, $"CREATE DATABASE {_template}");
        await CatalogPreparation.PrepareAsync(ConnectionStringFor(_template), TimeProvider.System);
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Creates a database with the current schema and no data, and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync() => CreateAsync("catalog_test_", $" TEMPLATE {_template}");

    /// <summary>Creates a database with no schema at all (for migration tests), and returns its connection string.</summary>
    public Task<string> CreateEmptyDatabaseAsync() => CreateAsync("catalog_empty_", "");

    private async Task<string> CreateAsync(string prefix, string template)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        await using var admin = await OpenAdminAsync();
        await ExecuteAsync(admin, $"CREATE DATABASE {name}{template}");
        return ConnectionStringFor(name);
    }

    /// <summary>
    /// An outage of one database: it turns new connections away and cuts the open ones, as a server going down would,
    /// until <see cref="EndOutageAsync"/>. The other test databases carry on.
    /// </summary>
    public async Task StartOutageAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var admin = await OpenAdminAsync();
        await ExecuteAsync(admin, $"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false");
        await ExecuteAsync(admin, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
    }

    /// <summary>Lets connections to the database in again after <see cref="StartOutageAsync"/>.</summary>
    public async Task EndOutageAsync(string connectionString)
    {
        await using var admin = await OpenAdminAsync();
        await ExecuteAsync(admin, $"ALTER DATABASE {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH ALLOW_CONNECTIONS true");
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }
    }

    private async Task StartContainerAsync(bool fallBackToLocal)
    {
        var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
        try
        {
            await container.StartAsync();
            (Kind, _owned, _adminConnectionString) = ("Testcontainers", container, container.GetConnectionString());
        }
        catch (Exception unavailable) when (fallBackToLocal && unavailable is not OutOfMemoryException)
        {
            // A Docker client or socket without a working engine: use the machine's binaries instead.
            await container.DisposeAsync();
            await StartLocalClusterAsync();
        }
    }

    private async Task StartLocalClusterAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new InvalidOperationException("Without Docker, tests need Linux to make a local cluster; or set ConnectionStrings__Catalog.");
        }

        var directory = Path.Combine(Path.GetTempPath(), "papercatalog-tests", Guid.NewGuid().ToString("N")[..12]);
        var server = await LocalPostgresServer.StartAsync(new LocalPostgresOptions { DataDirectory = directory, Ephemeral = true, Database = "postgres" });
        (Kind, _owned, _adminConnectionString) = ("local cluster in " + directory, server, server.ConnectionString);
    }

    // Every test database gets its own connection pool, and a pool keeps idle connections for five minutes by
    // default: hundreds of test databases would hold more connections than the server allows. Idle ones close
    // within seconds instead.
    private string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString)
        {
            Database = database,
            ConnectionIdleLifetime = 2,
            ConnectionPruningInterval = 1,
        }.ConnectionString;

    private async Task<NpgsqlConnection> OpenAdminAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_adminConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static bool DockerIsAvailable()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        return !string.IsNullOrEmpty(host) || File.Exists("/var/run/docker.sock");
    }
}
