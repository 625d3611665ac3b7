namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Draws the words of one field (titles or abstracts): most from the seed words by their seed
/// frequency, the rest from the made-up Zipf tail.
/// </summary>
internal sealed class WordSource
{
    /// <summary>The share of words taken from the tail rather than the seeds.</summary>
    public const double TailShare = 0.1;

    private readonly string[] _seedWords;
    private readonly AliasSampler _seedSampler;
    private readonly ZipfTail _tail;

    public WordSource(IReadOnlyList<string> words, IReadOnlyList<int> counts, ZipfTail tail)
    {
        _seedWords = [.. words];
        var weights = new double[counts.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = counts[i];
        }

        _seedSampler = new AliasSampler(weights);
        _tail = tail;
    }

    /// <summary>A random word, and its rank when it is a tail word (-1 for a seed word).</summary>
    public string Next(CorpusRandom random, out int tailRank)
    {
        if (random.NextDouble() >= TailShare)
        {
            tailRank = -1;
            return _seedWords[_seedSampler.Sample(random)];
        }

        tailRank = _tail.SampleRank(random);
        return _tail.Words[tailRank];
    }

    /// <summary>A random word; a tail word is also counted in <paramref name="tally"/>.</summary>
    public string Next(CorpusRandom random, TermTally tally)
    {
        var word = Next(random, out var rank);
        if (rank >= 0)
        {
            tally.Seen(rank);
        }

        return word;
    }
}
