using Microsoft.Extensions.Logging.Abstractions;
using PaperCatalog.Benchmarks.Bench;
using PaperCatalog.Benchmarks.Corpus;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Benchmarks;

/// <summary>The bench on a catalog imported beforehand: search figures only, and the catalog left as it was.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class BenchOnCatalogTests(PostgresServer server)
{
    [Fact]
    public async Task The_bench_measures_search_on_an_imported_catalog_without_importing_again()
    {
        var folder = TempFolder.Create();
        var cancellation = TestContext.Current.CancellationToken;
        var corpus = Path.Combine(folder, "corpus");
        await CorpusGenerator.GenerateAsync(new CorpusOptions { Papers = 2_000, OutputFolder = corpus, PapersPerFile = 1_000 }, cancellation: cancellation);
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.BulkImportAsync(Directory.GetFiles(corpus, "*.txt"));
        var before = await catalog.SnapshotAsync();

        // The web tier is the harness test's: here it would only publish the app a second time.
        var options = new BenchOptions(corpus, Path.Combine(folder, "work"), Runs: 1, Http: false, Catalog: catalog.ConnectionString);
        var progress = new List<string>();
        var report = await BenchRunner.RunAsync(options, TextWriter.Null, NullLogger.Instance, progress.Add, cancellation);

        foreach (var name in new[] { "top-20 / count(*), queries matching ≥ 1% (worst kind, p95)", "app count / top-20 (worst kind, p95)", "page 50 / page 1 (worst view)" })
        {
            Assert.Contains(report.Figures, f => f.Name == name && double.IsFinite(f.Value));
        }

        // 20% of 2,000 papers fits in the relevance window: the app counts those matches from it, in each run of the six terms.
        Assert.Matches(@"\| 20% \|[^\n]*\| 6 of 6 \|", report.Markdown);
        Assert.DoesNotContain(report.Figures, f => f.Name == "database size / raw corpus");
        Assert.DoesNotContain("### Import", report.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("### Search, cold", report.Markdown, StringComparison.Ordinal);
        Assert.Contains("### Search, warm", report.Markdown, StringComparison.Ordinal);
        Assert.Equal(before, await catalog.SnapshotAsync());
        Assert.StartsWith("warm search: query 1 of 50, ", progress[0], StringComparison.Ordinal);
        Assert.Equal(50, progress.Count(static p => p.StartsWith("warm search: query ", StringComparison.Ordinal)));
        Assert.Equal("deep pages", progress[^1]);
        Assert.False(Directory.Exists(Path.Combine(folder, "work")), "No private cluster is made for an existing catalog.");
    }
}
