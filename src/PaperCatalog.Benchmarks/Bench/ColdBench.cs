using Npgsql;
using PaperCatalog.Data.Search;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>Cold figures: each query run once right after a PostgreSQL restart.</summary>
// Runs a private PostgreSQL cluster, which the project only provisions on Linux.
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class ColdBench(BenchCluster cluster, IReadOnlyList<BenchQuery> queries, BenchReport report)
{
    public async Task RunAsync(CancellationToken cancellation)
    {
        var app = new Timings();
        var count = new Timings();
        foreach (var query in queries)
        {
            await cluster.RestartAsync(cancellation);
            var connectionString = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = "bench" }.ConnectionString;
            var search = new PaperSearch(new CatalogContexts(connectionString));
            await app.MeasureAsync(() => search.SearchAsync(query.Criteria(), cancellation));
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellation);
            var direct = new DirectSql(connection);
            await direct.PrepareAsync(query);
            await count.MeasureAsync(() => direct.CountAsync(query));
        }

        report.Section($"Search, cold ({queries.Count} queries, each first after a restart; ms)", "path", "p50", "p95");
        report.Row("app search (page, count, facets, highlights)", app.P50, app.P95);
        report.Row("count(*) right after it", count.P50, count.P95);
        report.Note(cluster.OsCacheDropped
            ? "Cold means PostgreSQL restarted and the OS page cache dropped."
            : "Cold means PostgreSQL restarted (empty shared buffers); the OS page cache could not be dropped here, so files may still be cached.");
    }
}
