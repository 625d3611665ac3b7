using System.Diagnostics;
using System.Globalization;
using PaperCatalog.Data.Search;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>
/// The web tier: /api/papers server time beside the same search run in-process, wrk throughput of
/// the prerendered page beside the JSON endpoint, ten concurrent users, and the app's memory.
/// </summary>
internal sealed class HttpBench(WebAppProcess app, string connectionString, IReadOnlyList<BenchQuery> queries, long rawCorpusBytes, BenchReport report)
{
    public async Task RunAsync(int runs, TimeSpan load, CancellationToken cancellation)
    {
        using var client = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromMinutes(2) };
        await OverheadAsync(client, runs, cancellation);
        await ConcurrentUsersAsync(client, users: 10, load, cancellation);
        await ThroughputAsync(queries.First(static q => q.Kind == "1%"), load, cancellation);
        var rss = app.ResidentBytes;
        report.Section("Web app memory", "resident (MB)", "raw corpus (MB)", "ratio");
        report.Row(rss / 1048576.0, rawCorpusBytes / 1048576.0, rss / (double)rawCorpusBytes);
        report.Figure("web app RSS / raw corpus", rss / (double)rawCorpusBytes, "", "≤ 0.1", rss / (double)rawCorpusBytes <= 0.1);
    }

    private async Task OverheadAsync(HttpClient client, int runs, CancellationToken cancellation)
    {
        var server = new Timings();
        var direct = new Timings();
        var search = new PaperSearch(new CatalogContexts(connectionString));
        foreach (var query in queries)
        {
            await client.GetAsync(ApiPath(query), cancellation);
            for (var run = 0; run < runs; run++)
            {
                using var response = await client.GetAsync(ApiPath(query), cancellation);
                response.EnsureSuccessStatusCode();
                var timing = response.Headers.GetValues("Server-Timing").Single();
                server.Add(double.Parse(timing[(timing.IndexOf("dur=", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture));
                await direct.MeasureAsync(() => search.SearchAsync(query.Criteria(), cancellation));
            }
        }

        report.Section("/api/papers server time beside the same search in-process (PaperSearch: the same SQL through Npgsql); ms", "path", "p50", "p95");
        report.Row("/api/papers (Server-Timing)", server.P50, server.P95);
        report.Row("same SQL, in-process", direct.P50, direct.P95);
        report.Figure("/api/papers p95 / same SQL p95", server.P95 / direct.P95, "", "≤ 1.3", server.P95 / direct.P95 <= 1.3);
    }

    private async Task ConcurrentUsersAsync(HttpClient client, int users, TimeSpan duration, CancellationToken cancellation)
    {
        var latencies = new Timings();
        var stop = Stopwatch.StartNew();
        var next = -1;
        async Task UserAsync()
        {
            while (stop.Elapsed < duration)
            {
                var query = queries[(Interlocked.Increment(ref next) & int.MaxValue) % queries.Count];
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(PagePath(query), cancellation);
                await response.Content.ReadAsByteArrayAsync(cancellation);
                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, users).Select(_ => Task.Run(UserAsync, cancellation)));
        report.Section($"Search page (/?q=…), {users} concurrent users for {duration.TotalSeconds:0} s, rotating queries (ms, client side)", "requests", "p50", "p95");
        report.Row(latencies.Count, latencies.P50, latencies.P95);
        report.Figure($"search page p50, {users} users", latencies.P50, "ms", "≤ 50 ms", latencies.P50 <= 50);
        report.Figure($"search page p95, {users} users", latencies.P95, "ms", "≤ 250 ms", latencies.P95 <= 250);
    }

    private async Task ThroughputAsync(BenchQuery query, TimeSpan load, CancellationToken cancellation)
    {
        var page = await Wrk.RequestsPerSecondAsync(new Uri(app.Address, PagePath(query)), load, cancellation);
        var json = await Wrk.RequestsPerSecondAsync(new Uri(app.Address, ApiPath(query)), load, cancellation);
        report.Section($"Throughput, wrk -t2 -c10 -d{load.TotalSeconds:0}s, q={query.Text} (requests/s)", "prerendered /", "/api/papers", "ratio");
        report.Row(page, json, page / json);
        report.Figure("prerendered / req/s ÷ JSON req/s", page / json, "", "≥ 0.6", page / json >= 0.6);
    }

    private static string ApiPath(BenchQuery query) => "api/papers?" + QueryString(query);

    private static string PagePath(BenchQuery query) => "?" + QueryString(query);

    private static string QueryString(BenchQuery query) =>
        "q=" + Uri.EscapeDataString(query.Text) + (query.Tags.Count == 0 ? "" : "&tags=" + Uri.EscapeDataString(string.Join(',', query.Tags)));
}
