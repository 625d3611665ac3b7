using PaperCatalog.Benchmarks.Corpus;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>A bulk import reports every long step it takes: the tagging paper by paper, the writing step by step.</summary>
public sealed class BulkProgressTests(PostgresServer server)
{
    [Fact]
    public async Task A_big_bulk_import_reports_tagging_per_paper_and_each_index_it_builds_and_never_goes_backwards()
    {
        var folder = TempFolder.Create();
        await CorpusGenerator.GenerateAsync(new CorpusOptions { Papers = 5_000, OutputFolder = folder, PapersPerFile = 2_500 }, cancellation: TestContext.Current.CancellationToken);
        var catalog = await CatalogFixture.CreateAsync(server);
        var reports = new Recorder();

        var summary = await catalog.BulkImportAsync(new BulkImportRequest(DumpInput.FromPaths(Directory.GetFiles(folder, "corpus-*.txt")), "test"), reports);

        Assert.Equal(5_000, summary.Added);
        var tagging = reports.Of(ImportStage.Tagging);
        Assert.Equal((0, 5_000), (tagging[0].Done, tagging[0].Total));
        Assert.Equal((5_000, 5_000), (tagging[^1].Done, tagging[^1].Total));
        Assert.True(tagging.Count >= 3, "Tagging reports between its start and its end, one per batch of papers.");
        Assert.Equal(
            ["finishing search vectors", "inserting 5,000 new papers", "building index ix_papers_search_rum (1 of 2)", "building index ix_papers_tag_ids (2 of 2)", "recording sources"],
            reports.Of(ImportStage.Writing).Select(static r => r.Detail));
        Assert.Equal([ImportStage.Reading, ImportStage.Merging, ImportStage.Tagging, ImportStage.Writing, ImportStage.Saving, ImportStage.Finished], reports.All.Select(static r => r.Stage).Distinct());
        // Files are read on two streams, so their reports may arrive out of order; every later step is sequential.
        var afterReading = reports.All.SkipWhile(static r => r.Stage == ImportStage.Reading).ToList();
        Assert.All(afterReading.Zip(afterReading.Skip(1)), pair => Assert.True(pair.Second.Fraction >= pair.First.Fraction, $"{pair.First} then {pair.Second}"));
    }

    private sealed class Recorder : IProgress<ImportProgress>
    {
        private readonly List<ImportProgress> _reports = [];

        public IReadOnlyList<ImportProgress> All
        {
            get { lock (_reports) { return [.. _reports]; } }
        }

        public void Report(ImportProgress value)
        {
            lock (_reports)
            {
                _reports.Add(value);
            }
        }

        public List<ImportProgress> Of(ImportStage stage) => [.. All.Where(r => r.Stage == stage)];
    }
}
