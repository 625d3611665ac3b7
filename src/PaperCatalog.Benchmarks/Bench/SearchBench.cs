using System.Diagnostics;
using Npgsql;
using PaperCatalog.Data.Search;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>
/// Search figures, warm: the app's whole search (page, count, facets, highlights) and its top-20
/// query beside count(*), a naive ts_rank top-20 and a brute-force scan, per kind of query.
/// </summary>
internal sealed class SearchBench(string connectionString, IReadOnlyList<BenchQuery> queries, BruteForceScan scan, BenchReport report)
{
    /// <param name="progress">Told of each query as its runs start.</param>
    public async Task RunAsync(int runs, int papers, Action<string> progress, CancellationToken cancellation)
    {
        var search = new PaperSearch(new CatalogContexts(connectionString));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        var direct = new DirectSql(connection);
        var rows = new Dictionary<string, KindTimings>();
        var overlaps = new List<double>();
        var tiedOverlaps = new List<double>();
        foreach (var (query, i) in queries.Select(static (q, i) => (q, i)))
        {
            progress($"warm search: query {i + 1} of {queries.Count}, [{query.Kind}] {query}, {runs} runs");
            var kind = rows.TryGetValue(query.Kind, out var existing) ? existing : rows[query.Kind] = new KindTimings();
            await search.SearchAsync(query.Criteria(), cancellation);
            await direct.PrepareAsync(query);
            for (var run = 0; run < runs; run++)
            {
                await kind.App.MeasureAsync(() => search.SearchAsync(query.Criteria(), cancellation));
                var page = await kind.TopK.MeasureAsync(() => direct.PageAsync(query));
                var count = await kind.Count.MeasureAsync(() => direct.CountAsync(query));
                await MeasureAppCountAsync(kind, query, direct, page.WindowCounted);
                var naive = await kind.Naive.MeasureAsync(() => direct.NaiveAsync(query));
                kind.Matches.Add(count);
                if (run == 0)
                {
                    overlaps.Add(naive.Count == 0 ? 1 : page.Ids.Intersect(naive).Count() / (double)naive.Count);
                    tiedOverlaps.Add(naive.Count == 0 ? 1 : await direct.AmongBestAsync(query, page.Ids) / (double)naive.Count);
                }
            }

            var stopwatch = Stopwatch.StartNew();
            scan.Count(query);
            kind.Brute.Add(stopwatch.Elapsed);
        }

        Print(rows, runs, papers);
        report.Figure("top-20 overlap with exact ts_rank (mean)", overlaps.Average(), "", "≈ 1", overlaps.Average() >= 0.9);
        // At 2,500,000 papers thousands of papers tie on rank, and the exact top-20 takes the highest ids among them.
        report.Figure("top-20 overlap with exact ts_rank, ties counted (mean)", tiedOverlaps.Average(), "", "≈ 1", tiedOverlaps.Average() >= 0.9);
    }

    // The count costs the app nothing beyond the page when the page's relevance window held every match (ADR-019), or
    // read on to count them (ADR-021): the page statement, timed as the top-20, then carries them. Otherwise the app
    // runs the capped scan, as timed here.
    private static async Task MeasureAppCountAsync(KindTimings kind, BenchQuery query, DirectSql direct, bool windowCounted)
    {
        if (windowCounted)
        {
            kind.CappedCount.Add(0.0);
            kind.CountedFromWindow++;
            return;
        }

        await kind.CappedCount.MeasureAsync(() => direct.CappedCountAsync(query));
    }

    private void Print(Dictionary<string, KindTimings> rows, int runs, int papers)
    {
        report.Section($"Search, warm ({runs} runs per query; ms, p50 / p95)", "queries", "matches (median)", "app search", "top-20", "count(*)", "app count (capped)", "counted from the window", "naive ts_rank top-20", "brute-force scan", "top-20 / count(*) p95", "top-20 / naive p95");
        foreach (var (kind, t) in rows)
        {
            report.Row(kind, t.Matches.Order().ElementAt(t.Matches.Count / 2), Pair(t.App), Pair(t.TopK), Pair(t.Count), Pair(t.CappedCount), $"{t.CountedFromWindow} of {t.CappedCount.Count}", Pair(t.Naive), Pair(t.Brute), t.TopK.P95 / t.Count.P95, t.TopK.P95 / t.Naive.P95);
        }

        // The goals hold for queries matching at least 1% of papers: the kinds whose median query does.
        var frequent = rows.Values.Where(t => t.Matches.Order().ElementAt(t.Matches.Count / 2) >= papers / 100.0).ToList();
        var worstCount = frequent.Select(static t => t.TopK.P95 / t.Count.P95).DefaultIfEmpty(double.NaN).Max();
        var worstNaive = frequent.Select(static t => t.TopK.P95 / t.Naive.P95).DefaultIfEmpty(double.NaN).Max();
        report.Figure("top-20 / count(*), queries matching ≥ 1% (worst kind, p95)", worstCount, "", "≤ 0.5", worstCount <= 0.5);
        report.Figure("top-20 / naive ts_rank top-20, ≥ 1% (worst kind, p95)", worstNaive, "", "≤ 0.15", worstNaive <= 0.15);
        var worstCapped = rows.Values.Max(static t => t.CappedCount.P95 / t.TopK.P95);
        report.Figure("app count / top-20 (worst kind, p95)", worstCapped, "", "≤ 1", worstCapped <= 1);
        var all = rows.Values.SelectMany(static t => t.AppSamples).ToList();
        report.Figure("app search p50, all queries", Percentile(all, 0.5), "ms");
        report.Figure("app search p95, all queries", Percentile(all, 0.95), "ms");
    }

    private static string Pair(Timings t) => $"{BenchReport.Format(t.P50)} / {BenchReport.Format(t.P95)}";

    private static double Percentile(List<double> samples, double fraction)
    {
        var sorted = samples.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private sealed class KindTimings
    {
        public Timings App { get; } = new();

        public Timings TopK { get; } = new();

        public Timings Count { get; } = new();

        public Timings CappedCount { get; } = new();

        public Timings Naive { get; } = new();

        public Timings Brute { get; } = new();

        public List<long> Matches { get; } = [];

        /// <summary>How many runs the app counted from the page's window, at no cost beyond the page.</summary>
        public int CountedFromWindow { get; set; }

        public IEnumerable<double> AppSamples => App.Samples;
    }
}
