namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Counts, for the most frequent tail words, how many papers use each: the exact document
/// frequencies that the manifest's probe terms are chosen by.
/// </summary>
/// <remarks>
/// Only the first <see cref="TrackedRanks"/> ranks are counted: under Zipf's law every word a benchmark
/// would probe (down to ~0.01% of papers, about rank 15,000) is among them, whatever the corpus size.
/// </remarks>
internal sealed class TermTally
{
    public const int TrackedRanks = 1 << 16;

    private readonly int[] _lastPaper = new int[TrackedRanks];
    private int _paper;

    /// <summary>Papers per tail rank.</summary>
    public int[] Papers { get; } = new int[TrackedRanks];

    /// <summary>Starts counting a new paper; each word counts once per paper.</summary>
    public void NextPaper() => _paper++;

    public void Seen(int rank)
    {
        if (rank < TrackedRanks && _lastPaper[rank] != _paper)
        {
            _lastPaper[rank] = _paper;
            Papers[rank]++;
        }
    }

    /// <summary>Adds <paramref name="other"/>'s counts to this tally's.</summary>
    public void Add(TermTally other)
    {
        for (var i = 0; i < TrackedRanks; i++)
        {
            Papers[i] += other.Papers[i];
        }
    }
}
