using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace PaperCatalog.Benchmarks.Bench.Sessions;

/// <summary>
/// A SignalR connection to the Blazor hub as blazor.web.js opens it: negotiate, WebSocket, the
/// blazorpack (MessagePack) handshake; then whole hub messages in and out.
/// </summary>
internal sealed class HubSocket : IDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);

    public static async Task<HubSocket> ConnectAsync(HttpClient http, CancellationToken cancellation)
    {
        using var negotiation = await http.PostAsync("_blazor/negotiate?negotiateVersion=1", content: null, cancellation);
        negotiation.EnsureSuccessStatusCode();
        using var negotiated = JsonDocument.Parse(await negotiation.Content.ReadAsStringAsync(cancellation));
        var token = negotiated.RootElement.GetProperty("connectionToken").GetString();
        var hub = new HubSocket();
        try
        {
            await hub._socket.ConnectAsync(new UriBuilder(new Uri(http.BaseAddress!, "_blazor")) { Scheme = "ws", Query = "id=" + token }.Uri, cancellation);
            await hub._socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}\u001e"), WebSocketMessageType.Text, endOfMessage: true, cancellation);
            var handshake = Encoding.UTF8.GetString(await hub.ReceiveAsync(cancellation) ?? []);
            return handshake.Contains("\"error\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("The hub refused the handshake: " + handshake)
                : hub;
        }
        catch
        {
            hub.Dispose();
            throw;
        }
    }

    /// <summary>The hub messages of the next WebSocket message, or <c>null</c> once the server has closed.</summary>
    public async Task<List<object?[]>?> ReceiveMessagesAsync(CancellationToken cancellation) =>
        await ReceiveAsync(cancellation) is { } data ? HubFrames.Messages(data) : null;

    public async Task SendAsync(byte[] message, CancellationToken cancellation)
    {
        await _sending.WaitAsync(cancellation);
        try
        {
            await _socket.SendAsync(HubFrames.Frame(message), WebSocketMessageType.Binary, endOfMessage: true, cancellation);
        }
        finally
        {
            _sending.Release();
        }
    }

    public async Task CloseAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }
    }

    private async Task<byte[]?> ReceiveAsync(CancellationToken cancellation)
    {
        using var whole = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, cancellation);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            whole.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return whole.ToArray();
            }
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sending.Dispose();
    }
}
