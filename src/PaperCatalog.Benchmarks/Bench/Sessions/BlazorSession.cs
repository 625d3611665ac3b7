using System.Net.WebSockets;

namespace PaperCatalog.Benchmarks.Bench.Sessions;

/// <summary>
/// One interactive session as a browser opens it, without the browser: the prerendered page, then
/// a Blazor circuit over the hub (<see cref="HubSocket"/>) that adds the page's components,
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
    private readonly HubSocket _hub;
    private readonly TaskCompletionSource<string?> _circuit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _interactive = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _receiving;
    private long _lastActivity = Environment.TickCount64;

    private BlazorSession(HubSocket hub)
    {
        _hub = hub;
        _receiving = Task.Run(ReceiveLoopAsync, CancellationToken.None);
    }

    /// <summary>Render batches the server sent, all acknowledged.</summary>
    public int RenderBatches { get; private set; }

    /// <summary>When the server last asked this client to do something (<see cref="Environment.TickCount64"/>).</summary>
    public long LastActivity => Interlocked.Read(ref _lastActivity);

    /// <summary>Why the server ended the session, if it did.</summary>
    public string? Failure { get; private set; }

    public static async Task<BlazorSession> OpenAsync(HttpClient http, string pagePath, CancellationToken cancellation)
    {
        var page = PrerenderedPage.Parse(await http.GetStringAsync(pagePath, cancellation));
        var session = new BlazorSession(await HubSocket.ConnectAsync(http, cancellation));
        try
        {
            await session.InvokeAsync(StartInvocation, "StartCircuit", w => w.String(http.BaseAddress!.ToString()).String(new Uri(http.BaseAddress!, pagePath).ToString()).String("[]").String(page.ApplicationState), 4, cancellation);
            if (await session._circuit.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellation) is null)
            {
                throw new InvalidOperationException("The server refused to start a circuit.");
            }

            await session.InvokeAsync(null, "UpdateRootComponents", w => w.String(page.AddAllOperations()).String(page.ApplicationState), 2, cancellation);
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
        _hub.SendAsync(new MessagePackWriter().Array(1).Integer(6).ToArray(), cancellation);

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (await _hub.ReceiveMessagesAsync(CancellationToken.None) is { } messages)
            {
                foreach (var message in messages)
                {
                    await HandleAsync(message);
                }
            }

            Fail("The server closed the WebSocket.");
        }
        catch (Exception failure) when (failure is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            Fail(failure.Message);
        }
    }

    private async Task HandleAsync(object?[] message)
    {
        switch (message[0])
        {
            case 1L when message[3] is string target && message[4] is object?[] arguments:
                // Keep-alive pings arrive every 15 s from every session; only work the server sends counts as activity.
                Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
                await OnInvocationAsync(target, arguments);
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

    private async Task OnInvocationAsync(string target, object?[] arguments)
    {
        switch (target)
        {
            case "JS.RenderBatch":
                RenderBatches++;
                await InvokeAsync(null, "OnRenderCompleted", w => w.Integer((long)arguments[0]!).Nil(), 2, CancellationToken.None);
                break;
            case "JS.BeginInvokeJS" when arguments[0] is long handle and not 0:
                await InvokeAsync(null, "EndInvokeJSFromDotNet", w => w.Integer(handle).Bool(true).String($"[{handle},true,null]"), 3, CancellationToken.None);
                break;
            case "JS.EndUpdateRootComponents":
                _interactive.TrySetResult();
                break;
            case "JS.Error":
                Fail("The circuit failed: " + arguments.FirstOrDefault());
                break;
        }
    }

    private Task InvokeAsync(string? invocationId, string target, Func<MessagePackWriter, MessagePackWriter> arguments, int count, CancellationToken cancellation)
    {
        var writer = new MessagePackWriter().Array(5).Integer(1).EmptyMap().String(invocationId).String(target).Array(count);
        return _hub.SendAsync(arguments(writer).ToArray(), cancellation);
    }

    private void Fail(string reason)
    {
        Failure ??= reason;
        _circuit.TrySetException(new InvalidOperationException(reason));
        _interactive.TrySetException(new InvalidOperationException(reason));
    }

    public async ValueTask DisposeAsync()
    {
        await _hub.CloseAsync();
        await _receiving;
        _hub.Dispose();
    }
}
