using Microsoft.Extensions.Logging;
using Npgsql;
using PaperCatalog.LocalPostgres;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>
/// The benchmark's own PostgreSQL cluster: private, with recorded settings, restartable for cold runs.
/// </summary>
// Runs a private PostgreSQL cluster, which the project only provisions on Linux.
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class BenchCluster(string dataDirectory, ILogger logger) : IAsyncDisposable
{
    /// <summary>The settings every figure was measured with; printed beside the results.</summary>
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["shared_buffers"] = "'2GB'",
        ["work_mem"] = "'64MB'",
        ["maintenance_work_mem"] = "'1GB'",
        ["effective_cache_size"] = "'12GB'",
        ["max_wal_size"] = "'16GB'",
        ["checkpoint_timeout"] = "'30min'",
        ["jit"] = "off",
    };

    private LocalPostgresServer? _server;

    public string ConnectionString => _server?.ConnectionString ?? throw new InvalidOperationException("The bench cluster is not running.");

    public async Task StartAsync(CancellationToken cancellation)
    {
        _server = await LocalPostgresServer.StartAsync(
            new LocalPostgresOptions { DataDirectory = dataDirectory, Database = "bench_admin", Settings = Settings }, logger, cancellation);
    }

    /// <summary>Stops and starts the server, so that the next query finds empty shared buffers.</summary>
    public async Task RestartAsync(CancellationToken cancellation)
    {
        await DisposeAsync();
        await DropOsCacheAsync();
        await StartAsync(cancellation);
    }

    /// <summary>A connection string to another database of the cluster, created empty.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync(cancellation);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>True when the OS page cache could be dropped too (root on a host that allows it).</summary>
    public bool OsCacheDropped { get; private set; }

    private async Task DropOsCacheAsync()
    {
        try
        {
            await File.WriteAllTextAsync("/proc/sys/vm/drop_caches", "3");
            OsCacheDropped = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            OsCacheDropped = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }
}
