namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// The long tail of the vocabulary: made-up words drawn with Zipf's law, the word of rank r with
/// weight 1/r^s, so a few are in most papers and most are in a handful.
/// </summary>
/// <remarks>
/// The seed papers are too few to have a real tail (a word in 0.01% of a million papers). With about
/// 17 tail draws per paper and s = 1, the word of rank r lands in roughly 1.5/r of the papers whatever
/// the corpus size: rank 7 in ~20%, rank 30 in ~5%, rank 150 in ~1%, rank 1,500 in ~0.1% and
/// rank 15,000 in ~0.01%, with tens of thousands of rarer words below.
/// </remarks>
internal sealed class ZipfTail
{
    /// <summary>The Zipf exponent.</summary>
    public const double Exponent = 1.0;

    private readonly AliasSampler _sampler;

    private ZipfTail(string[] words, bool[] plain)
    {
        Words = words;
        IsPlain = plain;
        var weights = new double[words.Length];
        for (var rank = 1; rank <= words.Length; rank++)
        {
            weights[rank - 1] = 1.0 / Math.Pow(rank, Exponent);
        }

        _sampler = new AliasSampler(weights);
    }

    /// <summary>The words, most frequent first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>True for lower-case words whose stem is the word itself (see <see cref="PseudoWords"/>).</summary>
    public IReadOnlyList<bool> IsPlain { get; }

    /// <summary>The tail size for a corpus of <paramref name="papers"/>: 50,000 words plus one per five papers.</summary>
    public static int SizeFor(int papers) => 50_000 + (papers / 5);

    /// <summary>
    /// <paramref name="size"/> distinct made-up words, none of them a seed word (ignoring case) nor
    /// evidence for a tag. The same size always gives the same words.
    /// </summary>
    public static ZipfTail Create(int size, IEnumerable<string> seedWords)
    {
        var taken = new HashSet<string>(seedWords, StringComparer.OrdinalIgnoreCase);
        var words = new string[size];
        var plain = new bool[size];
        for (var i = 0; i < size; i++)
        {
            for (var attempt = 0; ; attempt++)
            {
                var (word, isPlain) = PseudoWords.Make(i, attempt);
                if (!TagEvidence.Matches(word) && taken.Add(word))
                {
                    (words[i], plain[i]) = (word, isPlain);
                    break;
                }
            }
        }

        return new ZipfTail(words, plain);
    }

    /// <summary>The rank (0 for the most frequent word) of a random tail word.</summary>
    public int SampleRank(CorpusRandom random) => _sampler.Sample(random);
}
