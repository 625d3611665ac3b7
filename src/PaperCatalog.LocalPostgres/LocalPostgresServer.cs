using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using System.Runtime.Versioning;

namespace PaperCatalog.LocalPostgres;

/// <summary>
/// A private PostgreSQL server on a loopback port, made from the machine's own binaries.
/// </summary>
/// <remarks>
/// Starting reuses a server already running on the same folder (the web app and the CLI share
/// one); disposing stops the server only if this instance started it and nobody else is using it.
/// </remarks>
[SupportedOSPlatform("linux")]
public sealed class LocalPostgresServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private readonly ClusterControl _control;
    private readonly LocalPostgresOptions _options;
    private readonly ILogger _logger;
    private readonly bool _startedHere;

    private LocalPostgresServer(ClusterControl control, LocalPostgresOptions options, ILogger logger, bool startedHere, string connectionString)
    {
        _control = control;
        _options = options;
        _logger = logger;
        _startedHere = startedHere;
        ConnectionString = connectionString;
    }

    /// <summary>A connection string for the catalog database, as the cluster's superuser.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates the cluster if needed, starts it if it is not running, and creates the database.</summary>
    public static async Task<LocalPostgresServer> StartAsync(LocalPostgresOptions options, ILogger? logger = null, CancellationToken cancellation = default)
    {
        logger ??= NullLogger.Instance;
        var bin = await PostgresBinaries.EnsureAsync(options, logger, cancellation);
        var cluster = new ClusterDirectory(options.DataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(cluster.Path)!);
        await using var held = await FileLock.AcquireAsync(cluster.Path + ".lock", TimeSpan.FromMinutes(2), cancellation);

        var control = new ClusterControl(bin, cluster);
        if (!cluster.IsInitialized)
        {
            logger.LogInformation("Creating a private PostgreSQL cluster in {DataDirectory}", cluster.Path);
            await control.InitializeAsync(options.Ephemeral, options.Settings, cancellation);
        }

        var startedHere = false;
        if (!await control.IsRunningAsync(cancellation))
        {
            await StartOnFreePortAsync(control, cancellation);
            startedHere = true;
        }

        var port = cluster.RunningPort() ?? throw new LocalPostgresException($"The server in {cluster.Path} runs, but postmaster.pid names no port.");
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Password = cluster.ReadPassword(),
            Database = options.Database,
        }.ConnectionString;
        await CreateDatabaseAsync(connectionString, options.Database, cancellation);
        logger.LogInformation("Private PostgreSQL {State} on 127.0.0.1:{Port} (data in {DataDirectory})", startedHere ? "started" : "already running", port, cluster.Path);
        return new LocalPostgresServer(control, options, logger, startedHere, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_startedHere)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        if (!_options.Ephemeral && await OtherClientsAsync() is > 0 and var others)
        {
            _logger.LogInformation("Leaving the private PostgreSQL running: {Count} other connection(s) still use it", others);
            return;
        }

        await _control.StopAsync(CancellationToken.None);
        _logger.LogInformation("Stopped the private PostgreSQL in {DataDirectory}", _options.DataDirectory);
        if (_options.Ephemeral)
        {
            Directory.Delete(_options.DataDirectory, recursive: true);
        }
    }

    private static async Task StartOnFreePortAsync(ClusterControl control, CancellationToken cancellation)
    {
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            // Another process can take the port between choosing and binding it, so retry.
            if (await control.TryStartAsync(FreePort.Next(), cancellation))
            {
                return;
            }
        }

        throw new LocalPostgresException($"PostgreSQL did not start after {StartAttempts} attempts. Server log:{Environment.NewLine}{control.LastLogLines()}");
    }

    private static async Task CreateDatabaseAsync(string connectionString, string database, CancellationToken cancellation)
    {
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellation) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(database)}", connection);
            await create.ExecuteNonQueryAsync(cancellation);
        }
    }

    private async Task<long> OtherClientsAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()", connection);
        return (long)(await count.ExecuteScalarAsync() ?? 0L);
    }

    internal static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
