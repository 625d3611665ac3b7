using System.Diagnostics;

namespace PaperCatalog.Benchmarks.Bench.Sessions;

/// <summary>
/// Memory per open interactive session: the web app's resident memory before and after opening
/// <c>sessions</c> Blazor circuits on the search page, each left open and idle.
/// </summary>
internal sealed class SessionBench(WebAppProcess app, BenchQuery query, BenchReport report)
{
    private const int OpeningAtOnce = 8;
    private readonly List<string> _failures = [];

    public async Task RunAsync(int sessions, CancellationToken cancellation)
    {
        using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromMinutes(2) };
        var page = "?q=" + Uri.EscapeDataString(query.Text);
        var before = app.ResidentBytes;
        var opened = new List<BlazorSession>(sessions);
        var clock = Stopwatch.StartNew();
        try
        {
            using var keepAlive = new CancellationTokenSource();
            var pinging = PingAsync(opened, keepAlive.Token);
            for (var next = 0; next < sessions; next += OpeningAtOnce)
            {
                var batch = await Task.WhenAll(Enumerable.Range(next, Math.Min(OpeningAtOnce, sessions - next))
                    .Select(_ => TryOpenAsync(http, page, cancellation)));
                lock (opened)
                {
                    opened.AddRange(batch.OfType<BlazorSession>());
                }
            }

            var openedIn = clock.Elapsed;
            await QuietAsync(opened, cancellation);
            var after = app.ResidentBytes;
            var failed = sessions - opened.Count(static s => s.Failure is null);
            await keepAlive.CancelAsync();
            await pinging;

            var perSession = (after - before) / (double)sessions;
            report.Section($"Interactive sessions: {sessions} Blazor circuits on /?q={query.Text}, open and idle", "sessions", "failed", "opened in (s)", "render batches", "RSS before (MB)", "RSS after (MB)", "per session (KB)");
            report.Row(sessions, failed, openedIn.TotalSeconds, opened.Sum(static s => s.RenderBatches), before / 1048576.0, after / 1048576.0, perSession / 1024);
            if (_failures.Count > 0)
            {
                report.Note($"{_failures.Count} sessions could not open; the first said: {_failures[0]}");
            }

            report.Figure($"memory per open session ({sessions} sessions)", perSession / 1048576.0, "MB", "≤ 1 MB", perSession <= 1048576 && failed == 0);
        }
        finally
        {
            await Task.WhenAll(opened.Select(static s => s.DisposeAsync().AsTask()));
        }
    }

    private async Task<BlazorSession?> TryOpenAsync(HttpClient http, string page, CancellationToken cancellation)
    {
        try
        {
            return await BlazorSession.OpenAsync(http, page, cancellation);
        }
        catch (Exception failure) when (failure is InvalidOperationException or HttpRequestException or System.Net.WebSockets.WebSocketException or TimeoutException)
        {
            lock (_failures)
            {
                _failures.Add(failure.Message);
            }

            return null;
        }
    }

    // Each page loads its results after the circuit starts; wait until no session has heard from the server for 3 s.
    private static async Task QuietAsync(List<BlazorSession> sessions, CancellationToken cancellation)
    {
        // No session opened (each failure is reported): nothing to wait for.
        while (sessions.Count > 0 && sessions.Max(static s => s.LastActivity) > Environment.TickCount64 - 3_000)
        {
            await Task.Delay(500, cancellation);
        }
    }

    private static async Task PingAsync(List<BlazorSession> sessions, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), stop);
                BlazorSession[] open;
                lock (sessions)
                {
                    open = [.. sessions];
                }

                await Task.WhenAll(open.Where(static s => s.Failure is null).Select(s => s.PingAsync(stop)));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
