namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Draws indices with given weights in constant time (Vose's alias method).
/// </summary>
/// <remarks>
/// A million papers take a few hundred million word draws; a binary search over cumulative weights
/// would cost ~20 branchy steps each, the alias table costs one random number and one comparison.
/// </remarks>
internal sealed class AliasSampler
{
    private readonly double[] _probability;
    private readonly int[] _alias;

    public AliasSampler(IReadOnlyList<double> weights)
    {
        var n = weights.Count;
        if (n == 0)
        {
            throw new ArgumentException("At least one weight is needed.", nameof(weights));
        }

        _probability = new double[n];
        _alias = new int[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            total += weights[i];
        }

        var scaled = new double[n];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = n - 1; i >= 0; i--)
        {
            scaled[i] = weights[i] * n / total;
            (scaled[i] < 1.0 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var less = small.Pop();
            var more = large.Pop();
            _probability[less] = scaled[less];
            _alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1.0;
            (scaled[more] < 1.0 ? small : large).Push(more);
        }

        // What is left is 1 up to rounding error.
        foreach (var i in large.Concat(small))
        {
            _probability[i] = 1.0;
            _alias[i] = i;
        }
    }

    public int Count => _probability.Length;

    public int Sample(CorpusRandom random)
    {
        var bits = random.NextULong();
        var column = (int)(((bits >> 32) * (ulong)_probability.Length) >> 32);
        var coin = (bits & 0xFFFFFFFFUL) * (1.0 / 4294967296.0);
        return coin < _probability[column] ? column : _alias[column];
    }
}
