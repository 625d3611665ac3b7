using System.Net;
using System.Runtime.CompilerServices;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace PaperCatalog.Testing;

/// <summary>
/// A TCP relay to the test server that passes the first COMMIT of a transaction holding the import lock on to
/// PostgreSQL, swallows the answer and cuts the connection: the network failing just as a transaction commits, which leaves the client unsure whether it did.
/// </summary>
public sealed class CommitAnswerDroppingProxy : IAsyncDisposable
{
    // Npgsql sends COMMIT as a simple query: 'Q', the length (4 + 7), "COMMIT\0".
    private static readonly byte[] Commit = [(byte)'Q', 0, 0, 0, 11, .. Encoding.ASCII.GetBytes("COMMIT"), 0];

    // Only the commit of a transaction that took the import lock is cut: an import's, not a side connection's.
    private static readonly byte[] ImportLock = Encoding.ASCII.GetBytes("pg_advisory_xact_lock");

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly DnsEndPoint _server;
    private readonly CancellationTokenSource _stop = new();
    private int _dropped;

    private readonly bool _commitReachesServer;
    private readonly List<TcpClient> _held = [];
    private int _refusals;

    private CommitAnswerDroppingProxy(string connectionString, bool commitReachesServer, int refusedAfterDrop)
    {
        _commitReachesServer = commitReachesServer;
        _refusals = refusedAfterDrop;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _server = new DnsEndPoint(builder.Host!, builder.Port);
        _listener.Start();
        var proxied = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Host = "127.0.0.1", Port = ((IPEndPoint)_listener.LocalEndpoint).Port, SslMode = SslMode.Disable, Pooling = false,
            // Otherwise a connection cut during its encryption request is tried again, which a refusal must not count.
            GssEncryptionMode = GssEncryptionMode.Disable,
        };
        ConnectionString = proxied.ConnectionString;
        _ = AcceptAsync();
    }

    /// <summary>The same database, reached through the relay.</summary>
    public string ConnectionString { get; }

    /// <summary>Whether a COMMIT's answer has been swallowed.</summary>
    public bool Dropped => _dropped == 1;

    /// <param name="commitReachesServer">
    /// Whether the COMMIT reaches PostgreSQL, which commits; if not, the server's side of the connection stays open,
    /// as after a network failure, and its session idles in its transaction until something ends it.
    /// </param>
    /// <param name="refusedAfterDrop">
    /// How many connections made after the drop are cut at once, as if the network were still down: the importer's
    /// attempt to learn what became of its commit, say.
    /// </param>
    public static CommitAnswerDroppingProxy To(string connectionString, bool commitReachesServer = true, int refusedAfterDrop = 0) =>
        new(connectionString, commitReachesServer, refusedAfterDrop);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            if (Dropped && Interlocked.Decrement(ref _refusals) >= 0)
            {
                client.Dispose();
                continue;
            }

            var server = new TcpClient();
            await server.ConnectAsync(_server.Host, _server.Port, _stop.Token);
            _ = RelayAsync(client, server);
        }
    }

    private async Task RelayAsync(TcpClient client, TcpClient server)
    {
        var held = false;
        using (client)
        using (var cut = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
        try
        {
            var swallowing = new StrongBox<bool>();
            var answers = PumpAsync(server.GetStream(), client.GetStream(), swallowing, cut.Token);
            var buffer = new byte[64 * 1024];
            var fromClient = client.GetStream();
            var locked = false;
            int read;
            while ((read = await fromClient.ReadAsync(buffer, cut.Token)) > 0)
            {
                locked |= buffer.AsSpan(0, read).IndexOf(ImportLock) >= 0;
                var committing = locked && buffer.AsSpan(0, read).IndexOf(Commit) >= 0 && Interlocked.Exchange(ref _dropped, 1) == 0;
                if (committing)
                {
                    Volatile.Write(ref swallowing.Value, true);
                }

                if (committing && !_commitReachesServer)
                {
                    lock (_held)
                    {
                        _held.Add(server);
                    }

                    held = true;
                    client.Client.Close();
                    return;
                }

                await server.GetStream().WriteAsync(buffer.AsMemory(0, read), cut.Token);
                if (committing)
                {
                    // Long enough for the server to commit and answer; then neither side hears from the other again.
                    await Task.Delay(TimeSpan.FromSeconds(1), cut.Token);
                    client.Client.Close();
                    server.Client.Close();
                    break;
                }
            }

            await cut.CancelAsync();
            await answers.ContinueWith(static _ => { }, TaskScheduler.Default);
        }
        finally
        {
            if (!held)
            {
                server.Dispose();
            }
        }
    }

    private static async Task PumpAsync(Stream from, Stream to, StrongBox<bool> swallowing, CancellationToken cancellation)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, cancellation)) > 0 && !Volatile.Read(ref swallowing.Value))
        {
            await to.WriteAsync(buffer.AsMemory(0, read), cancellation);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        lock (_held)
        {
            _held.ForEach(static server => server.Dispose());
        }

        _stop.Dispose();
    }
}
