using Microsoft.Extensions.Logging.Abstractions;
using PaperCatalog.Benchmarks.Bench;
using PaperCatalog.Benchmarks.Corpus;
using PaperCatalog.IntegrationTests.Importing;

namespace PaperCatalog.IntegrationTests.Benchmarks;

/// <summary>
/// The bench at a small scale, so that it cannot rot: it must complete and report every figure.
/// The goals are checked by reading a full run's output (docs/performance.md), not here.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class BenchHarnessTests
{
    private static readonly string[] ExpectedFigures =
    [
        "import load / psql COPY (2 streams)",
        "until searchable / reference script",
        "until searchable / reference script with GIN",
        "load speed-up, 2 streams / 1",
        "bulk speed-up over EF Core SaveChanges",
        "database size / raw corpus",
        "top-20 / count(*), queries matching ≥ 1% (worst kind, p95)",
        "top-20 / naive ts_rank top-20, ≥ 1% (worst kind, p95)",
        "app count / top-20 (worst kind, p95)",
        "top-20 overlap with exact ts_rank (mean)",
        "top-20 overlap with exact ts_rank, ties counted (mean)",
        "page 50 / page 1 (worst view)",
        "/api/papers p95 / same SQL p95",
        "search page p50, 10 users",
        "search page p95, 10 users",
        "prerendered / req/s ÷ JSON req/s",
        "web app RSS / raw corpus",
        "memory per open session (20 sessions)",
    ];

    [Fact]
    public async Task The_bench_runs_on_ten_thousand_papers_and_reports_every_figure()
    {
        var folder = TempFolder.Create();
        var cancellation = TestContext.Current.CancellationToken;
        await CorpusGenerator.GenerateAsync(new CorpusOptions { Papers = 10_000, OutputFolder = Path.Combine(folder, "corpus"), PapersPerFile = 2_500 }, cancellation: cancellation);

        var options = new BenchOptions(Path.Combine(folder, "corpus"), Path.Combine(folder, "work"), Runs: 1, EfSamplePapers: 2_500, ColdQueries: 2, LoadSeconds: 2, Sessions: 20);
        var report = await BenchRunner.RunAsync(options, TextWriter.Null, NullLogger.Instance, progress: null, cancellation);

        Assert.All(ExpectedFigures, name => Assert.Contains(report.Figures, f => f.Name == name && double.IsFinite(f.Value)));
        // 20% of 10,000 papers fills the relevance window, so each of the six terms' counts is the capped scan.
        Assert.Matches(@"\| 20% \|[^\n]*\| 0 of 6 \|", report.Markdown);
        foreach (var section in new[] { "### Import of 10,000 papers", "### Search, warm", "### Deep pages", "### Search, cold", "### Interactive sessions", "### Goals" })
        {
            Assert.Contains(section, report.Markdown, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(Path.Combine(folder, "work", "pg")), "The bench's cluster is removed afterwards.");
    }
}
