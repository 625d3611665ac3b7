using Microsoft.Extensions.Logging;
using Npgsql;
using PaperCatalog.Benchmarks.Bench.Sessions;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>
/// One bench run: import, search (warm, deep pages, cold) and the web tier, all on one machine
/// and one corpus, each figure beside its baseline from the same run.
/// </summary>
// Runs a private PostgreSQL cluster, which the project only provisions on Linux.
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public static class BenchRunner
{
    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter output, ILogger logger, CancellationToken cancellation)
    {
        var report = new BenchReport(output);
        var corpus = new BenchCorpus(options.CorpusDirectory, CountLines(Path.Combine(options.CorpusDirectory, "corpus.tsv")));
        await using var cluster = new BenchCluster(Path.Combine(options.WorkDirectory, "pg"), logger);
        await cluster.StartAsync(cancellation);
        try
        {
            await HeaderAsync(report, cluster, corpus, cancellation);
            var bench = await new ImportBench(cluster, corpus, report).RunAsync(options.EfSamplePapers, cancellation);
            var queries = await QuerySet.BuildAsync(bench, corpus.Papers, cancellation);
            report.Note("Queries: " + string.Join("; ", queries.Select(static q => $"[{q.Kind}] {q}")));
            var scan = await BruteForceScan.LoadAsync(corpus.TsvPath, cancellation);
            await new SearchBench(bench, queries, scan, report).RunAsync(options.Runs, corpus.Papers, cancellation);
            await new DeepPageBench(bench, queries.First(static q => q.Kind == "1%"), report).RunAsync(cancellation);
            if (options.Http)
            {
                await using var app = await WebAppProcess.StartAsync(bench, cancellation);
                await new HttpBench(app, bench, queries, corpus.RawBytes, report).RunAsync(options.Runs, TimeSpan.FromSeconds(options.LoadSeconds), cancellation);
                if (options.Sessions > 0)
                {
                    await new SessionBench(app, queries.First(static q => q.Kind == "1%"), report).RunAsync(options.Sessions, cancellation);
                }
            }

            if (options.ColdQueries > 0)
            {
                var cold = queries.GroupBy(static q => q.Kind).SelectMany(static g => g.Take(2)).Take(options.ColdQueries).ToList();
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

    private static async Task HeaderAsync(BenchReport report, BenchCluster cluster, BenchCorpus corpus, CancellationToken cancellation)
    {
        report.Section("Run", "papers", "raw corpus (MB)", "cores", "memory (GB)", "PostgreSQL", "settings");
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
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
