using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace PaperCatalog.Benchmarks.Bench.Sessions;

/// <summary>
/// One interactive session as a browser opens it, without the browser: the prerendered page, then
/// a Blazor circuit over SignalR (MessagePack, WebSocket) that adds the page's components,
/// acknowledges every render batch and answers every JavaScript call.
/// </summary>
/// <remarks>
/// A thousand Chromium tabs would not fit this machine; what the server holds per session is the
/// same either way, since the server never sees the browser's DOM. JavaScript calls get
/// <c>null</c> back, which is what MudBlazor's observers return before a first layout.
/// </remarks>
internal sealed class BlazorSession : IAsyncDisposable
{
    private const string StartInvocation = "0";
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly TaskCompletionSource<string?> _circuit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _interactive = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;
    private long _lastActivity = Environment.TickCount64;

    /// <summary>Render batches the server sent, all acknowledged.</summary>
    public int RenderBatches { get; private set; }

    /// <summary>When the server last asked this client to do something (<see cref="Environment.TickCount64"/>).</summary>
    public long LastActivity => Interlocked.Read(ref _lastActivity);

    /// <summary>Why the server ended the session, if it did.</summary>
    public string? Failure { get; private set; }

    public static async Task<BlazorSession> OpenAsync(HttpClient http, string pagePath, CancellationToken cancellation)
    {
        var page = PrerenderedPage.Parse(await http.GetStringAsync(pagePath, cancellation));
        var session = new BlazorSession();
        try
        {
            await session.ConnectAsync(http, cancellation);
            await session.InvokeAsync(StartInvocation, "StartCircuit", w => w.String(http.BaseAddress!.ToString()).String(new Uri(http.BaseAddress!, pagePath).ToString()).String("[]").String(page.ApplicationState), 4);
            if (await session._circuit.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellation) is null)
            {
                throw new InvalidOperationException("The server refused to start a circuit.");
            }

            await session.InvokeAsync(null, "UpdateRootComponents", w => w.String(page.AddAllOperations()).String(page.ApplicationState), 2);
            await session._interactive.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellation);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Tells the server the client is alive; it drops a client silent for 30 s.</summary>
    public Task PingAsync(CancellationToken cancellation) =>
        SendAsync(new MessagePackWriter().Array(1).Integer(6).ToArray(), cancellation);

    private async Task ConnectAsync(HttpClient http, CancellationToken cancellation)
    {
        using var negotiation = await http.PostAsync("_blazor/negotiate?negotiateVersion=1", content: null, cancellation);
        negotiation.EnsureSuccessStatusCode();
        using var negotiated = JsonDocument.Parse(await negotiation.Content.ReadAsStringAsync(cancellation));
        var token = negotiated.RootElement.GetProperty("connectionToken").GetString();
        var address = new UriBuilder(new Uri(http.BaseAddress!, "_blazor")) { Scheme = "ws", Query = "id=" + token }.Uri;
        await _socket.ConnectAsync(address, cancellation);
        await _socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}\u001e"), WebSocketMessageType.Text, endOfMessage: true, cancellation);
        var handshake = Encoding.UTF8.GetString(await ReceiveAsync(cancellation) ?? []);
        if (handshake.Contains("\"error\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The hub refused the handshake: " + handshake);
        }

        _receiving = Task.Run(() => ReceiveLoopAsync(CancellationToken.None), CancellationToken.None);
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellation)
    {
        try
        {
            while (await ReceiveAsync(cancellation) is { } data)
            {
                foreach (var message in HubFrames.Messages(data))
                {
                    await HandleAsync(message, cancellation);
                }
            }

            Fail("The server closed the WebSocket.");
        }
        catch (Exception failure) when (failure is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            Fail(failure.Message);
        }
    }

    private async Task HandleAsync(object?[] message, CancellationToken cancellation)
    {
        switch (message[0])
        {
            case 1L when message[3] is string target && message[4] is object?[] arguments:
                // Keep-alive pings arrive every 15 s from every session; only work the server sends counts as activity.
                Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
                await OnInvocationAsync(target, arguments, cancellation);
                break;
            case 3L when message[2] as string == StartInvocation:
                if (message[3] is 1L)
                {
                    Fail("StartCircuit failed: " + message[4]);
                }

                _circuit.TrySetResult(message.Length > 4 ? message[4] as string : null);
                break;
            case 7L:
                Fail("The server closed the connection: " + (message.Length > 1 ? message[1] : ""));
                break;
        }
    }

    private async Task OnInvocationAsync(string target, object?[] arguments, CancellationToken cancellation)
    {
        switch (target)
        {
            case "JS.RenderBatch":
                RenderBatches++;
                await InvokeAsync(null, "OnRenderCompleted", w => w.Integer((long)arguments[0]!).Nil(), 2, cancellation);
                break;
            case "JS.BeginInvokeJS" when arguments[0] is long handle and not 0:
                await InvokeAsync(null, "EndInvokeJSFromDotNet", w => w.Integer(handle).Bool(true).String($"[{handle},true,null]"), 3, cancellation);
                break;
            case "JS.EndUpdateRootComponents":
                _interactive.TrySetResult();
                break;
            case "JS.Error":
                Fail("The circuit failed: " + arguments.FirstOrDefault());
                break;
        }
    }

    private Task InvokeAsync(string? invocationId, string target, Func<MessagePackWriter, MessagePackWriter> arguments, int count, CancellationToken cancellation = default)
    {
        var writer = new MessagePackWriter().Array(5).Integer(1).EmptyMap().String(invocationId).String(target).Array(count);
        return SendAsync(arguments(writer).ToArray(), cancellation);
    }

    private async Task SendAsync(byte[] message, CancellationToken cancellation)
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

    private void Fail(string reason)
    {
        Failure ??= reason;
        _circuit.TrySetException(new InvalidOperationException(reason));
        _interactive.TrySetException(new InvalidOperationException(reason));
    }

    public async ValueTask DisposeAsync()
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

        await _receiving;
        _socket.Dispose();
        _sending.Dispose();
    }
}
