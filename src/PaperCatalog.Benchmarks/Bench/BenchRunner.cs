using Microsoft.Extensions.Logging;
using Npgsql;
using PaperCatalog.Benchmarks.Bench.Sessions;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>
/// One bench run: import, search (warm, deep pages, cold) and the web tier, all on one machine
/// and one corpus, each figure beside its baseline from the same run. On an existing catalog
/// (<see cref="BenchOptions.Catalog"/>) only search and the web tier: an import of 1,000,000 papers takes an hour.
/// </summary>
// Runs a private PostgreSQL cluster, which the project only provisions on Linux.
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public static class BenchRunner
{
    /// <param name="progress">Told what the run is doing as it goes: a run at 2,500,000 papers spends over ten minutes in warm search alone.</param>
    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter output, ILogger logger, Action<string>? progress, CancellationToken cancellation)
    {
        progress ??= static _ => { };
        var report = new BenchReport(output);
        var corpus = new BenchCorpus(options.CorpusDirectory, CountLines(Path.Combine(options.CorpusDirectory, "corpus.tsv")));
        if (options.Catalog is { } catalog)
        {
            await HeaderAsync(report, catalog, corpus, cancellation);
            report.Note("Measured on an existing catalog that holds this corpus: no import and no cold runs (the bench cannot restart its server).");
            await MeasureSearchAsync(options, report, corpus, catalog, progress, cancellation);
            report.Goals();
            return report;
        }

        await using var cluster = new BenchCluster(Path.Combine(options.WorkDirectory, "pg"), logger);
        await cluster.StartAsync(cancellation);
        try
        {
            await HeaderAsync(report, cluster.ConnectionString, corpus, cancellation);
            progress($"import: {corpus.Papers:N0} papers, beside psql COPY, the reference script and EF Core");
            var bench = await new ImportBench(cluster, corpus, report).RunAsync(options.EfSamplePapers, cancellation);
            var queries = await MeasureSearchAsync(options, report, corpus, bench, progress, cancellation);
            if (options.ColdQueries > 0)
            {
                var cold = queries.GroupBy(static q => q.Kind).SelectMany(static g => g.Take(2)).Take(options.ColdQueries).ToList();
                progress($"cold search: {cold.Count} queries, each after a PostgreSQL restart");
                await new ColdBench(cluster, cold, report).RunAsync(cancellation);
            }

            report.Goals();
            return report;
        }
        finally
        {
            await cluster.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            if (Directory.Exists(Path.Combine(options.WorkDirectory, "pg")))
            {
                Directory.Delete(Path.Combine(options.WorkDirectory, "pg"), recursive: true);
            }
        }
    }

    // Search (warm), deep pages and the web tier, on a catalog that holds the corpus; returns the query set.
    private static async Task<IReadOnlyList<BenchQuery>> MeasureSearchAsync(
        BenchOptions options, BenchReport report, BenchCorpus corpus, string catalog, Action<string> progress, CancellationToken cancellation)
    {
        var queries = await QuerySet.BuildAsync(catalog, corpus.Papers, cancellation);
        report.Note("Queries: " + string.Join("; ", queries.Select(static q => $"[{q.Kind}] {q}")));
        var scan = await BruteForceScan.LoadAsync(corpus.TsvPath, cancellation);
        await new SearchBench(catalog, queries, scan, report).RunAsync(options.Runs, corpus.Papers, progress, cancellation);
        progress("deep pages");
        await new DeepPageBench(catalog, queries.First(static q => q.Kind == "1%"), report).RunAsync(cancellation);
        if (options.Http)
        {
            progress($"web tier: the app's own timing, ten users and wrk, {options.LoadSeconds} s each");
            await using var app = await WebAppProcess.StartAsync(catalog, cancellation);
            await new HttpBench(app, catalog, queries, corpus.RawBytes, report).RunAsync(options.Runs, TimeSpan.FromSeconds(options.LoadSeconds), cancellation);
            if (options.Sessions > 0)
            {
                progress($"sessions: {options.Sessions:N0} interactive sessions");
                await new SessionBench(app, queries.First(static q => q.Kind == "1%"), report).RunAsync(options.Sessions, cancellation);
            }
        }

        return queries;
    }

    private static async Task HeaderAsync(BenchReport report, string connectionString, BenchCorpus corpus, CancellationToken cancellation)
    {
        report.Section("Run", "papers", "raw corpus (MB)", "cores", "memory (GB)", "PostgreSQL", "settings");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        var settings = new List<string>();
        foreach (var name in BenchCluster.Settings.Keys.Append("fsync").Append("synchronous_commit").Append("max_parallel_workers_per_gather"))
        {
            await using var show = new NpgsqlCommand($"SHOW {name}", connection);
            settings.Add($"{name}={await show.ExecuteScalarAsync(cancellation)}");
        }

        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0;
        report.Row(corpus.Papers, corpus.RawBytes / 1048576.0, Environment.ProcessorCount, memory, connection.PostgreSqlVersion.ToString(), string.Join(", ", settings));
    }

    private static int CountLines(string path)
    {
        var count = 0;
        foreach (var _ in File.ReadLines(path))
        {
            count++;
        }

        return count;
    }
}
