using PaperCatalog.Benchmarks.Corpus;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>
/// A 3,000-paper corpus in three files, generated once into a temporary folder for every test of its
/// collection: generating and parsing it back takes a few seconds, too long to repeat per test.
/// </summary>
public sealed class SmallCorpus : IAsyncLifetime
{
    public const int Papers = 3000;
    public const int PapersPerFile = 1000;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "papercatalog-corpus-" + Guid.NewGuid().ToString("N"));

    public CorpusManifest Manifest { get; private set; } = default!;

    /// <summary>The TSV read back, row by row.</summary>
    public IReadOnlyList<CorpusRow> Rows { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Manifest = await CorpusGenerator.GenerateAsync(new CorpusOptions { Papers = Papers, PapersPerFile = PapersPerFile, OutputFolder = Folder });
        Rows = CorpusRow.ReadTsv(Manifest.TsvPath(Folder));
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SmallCorpusCollection : ICollectionFixture<SmallCorpus>
{
    public const string Name = "Small corpus";
}
