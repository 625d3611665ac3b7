namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>Picks, for each target share of papers, the plain tail word whose real share is closest.</summary>
internal static class ProbeTerms
{
    /// <summary>The document frequencies a search benchmark measures at.</summary>
    public static IReadOnlyList<double> Targets { get; } = [0.0001, 0.001, 0.01, 0.05, 0.2];

    public static IReadOnlyList<ProbeTerm> Choose(ZipfTail tail, TermTally tally, int papers)
    {
        var chosen = new List<ProbeTerm>(Targets.Count);
        var ranks = Math.Min(tail.Words.Count, TermTally.TrackedRanks);
        foreach (var target in Targets)
        {
            var best = -1;
            var bestDistance = double.MaxValue;
            for (var rank = 0; rank < ranks; rank++)
            {
                var count = tally.Papers[rank];
                if (count == 0 || !tail.IsPlain[rank])
                {
                    continue;
                }

                // Closeness on a log scale: 0.02% is as far from 0.01% as 0.005% is.
                var distance = Math.Abs(Math.Log((double)count / papers / target));
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (rank, distance);
                }
            }

            if (best >= 0)
            {
                chosen.Add(new ProbeTerm(target, tail.Words[best], tally.Papers[best], Math.Round((double)tally.Papers[best] / papers, 8)));
            }
        }

        return chosen;
    }
}
