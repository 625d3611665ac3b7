using PaperCatalog.Benchmarks.Corpus;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>A seed fixes the corpus to the byte, however many threads write it; another seed gives another corpus.</summary>
public sealed class CorpusDeterminismTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "papercatalog-determinism-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_same_seed_gives_identical_files_with_one_thread_or_several()
    {
        var one = await GenerateAsync("one", seed: 7, parallelism: 1);
        var several = await GenerateAsync("several", seed: 7, parallelism: 4);

        Assert.Equal(Names(one), Names(several));
        Assert.All(Names(one), name => Assert.Equal(File.ReadAllBytes(Path.Combine(one, name)), File.ReadAllBytes(Path.Combine(several, name))));
    }

    [Fact]
    public async Task Another_seed_gives_other_papers()
    {
        var first = await GenerateAsync("first", seed: 7, parallelism: 2);
        var second = await GenerateAsync("second", seed: 8, parallelism: 2);

        var firstTitles = CorpusRow.ReadTsv(Path.Combine(first, CorpusLayout.TsvFileName)).Select(static r => r.Title);
        var secondTitles = CorpusRow.ReadTsv(Path.Combine(second, CorpusLayout.TsvFileName)).Select(static r => r.Title);

        // Two seeds may happen to draw the same short title; they should not draw the same corpus.
        Assert.InRange(firstTitles.Intersect(secondTitles).Count(), 0, 4);
    }

    [Fact]
    public async Task A_second_corpus_in_the_same_folder_replaces_every_file_of_the_first()
    {
        var folder = await GenerateAsync("reused", seed: 7, parallelism: 2);
        await CorpusGenerator.GenerateAsync(new CorpusOptions { Papers = 150, PapersPerFile = 100, OutputFolder = folder }, cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(["corpus-00000.txt", "corpus-00001.txt", "corpus.json", "corpus.tsv"], Names(folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task<string> GenerateAsync(string name, int seed, int parallelism)
    {
        var folder = Path.Combine(_root, name);
        await CorpusGenerator.GenerateAsync(
            new CorpusOptions { Papers = 450, PapersPerFile = 100, Seed = seed, Parallelism = parallelism, OutputFolder = folder },
            cancellation: TestContext.Current.CancellationToken);
        return folder;
    }

    private static List<string> Names(string folder) => [.. Directory.GetFiles(folder).Select(static p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];
}
