namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Everything the chunks of one corpus share, read-only: the word sources, the facts, the seed and
/// the title suffixes. Each chunk draws from its own random streams, derived from the seed and its number.
/// </summary>
internal sealed class CorpusModel(CorpusOptions options, SeedVocabulary seeds, ZipfTail tail)
{
    // The random streams of a chunk: titles are drawn twice (see TitleSuffixes), so they have their own.
    private const int TitleStream = 1;
    private const int BodyStream = 2;

    public CorpusOptions Options { get; } = options;

    public SeedVocabulary Seeds { get; } = seeds;

    public ZipfTail Tail { get; } = tail;

    public WordSource TitleWords { get; } = new(seeds.TitleWords, seeds.TitleWordCounts, tail);

    public WordSource AbstractWords { get; } = new(seeds.AbstractWords, seeds.AbstractWordCounts, tail);

    public PaperFacts Facts { get; } = new(seeds);

    /// <summary>How often each paper's title was drawn again (see <see cref="TitleComposer.Compose"/>), by corpus position; set once titles are drawn.</summary>
    public byte[] TitleRedraws { get; set; } = [];

    /// <summary>The suffix of each paper whose title needs one, by corpus position; set once titles are drawn.</summary>
    public IReadOnlyDictionary<int, string> Suffixes { get; set; } = new Dictionary<int, string>();

    public int FirstPaper(int chunk) => chunk * Options.PapersPerFile;

    public int PapersIn(int chunk) => Math.Min(Options.PapersPerFile, Options.Papers - FirstPaper(chunk));

    public CorpusRandom TitleRandom(int chunk) => new(Options.Seed, chunk, TitleStream);

    public CorpusRandom BodyRandom(int chunk) => new(Options.Seed, chunk, BodyStream);

    public TitleComposer NewTitleComposer() => new(TitleWords, Seeds.TitleLengths);

    public AbstractComposer NewAbstractComposer() => new(AbstractWords, Seeds.AbstractLengths);
}
