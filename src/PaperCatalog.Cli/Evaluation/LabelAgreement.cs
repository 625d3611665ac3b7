namespace PaperCatalog.Cli.Evaluation;

/// <summary>
/// How far two independent labelings of the same papers agree, per technique: the ceiling an automatic tagger
/// can be measured against, since no tagger can agree with the labels more reliably than people do.
/// </summary>
internal static class LabelAgreement
{
    /// <summary>Compares <paramref name="second"/> with <paramref name="first"/> on the papers of <paramref name="split"/>.</summary>
    /// <exception cref="InvalidOperationException">
    /// The files do not label the same papers, give a paper different splits, or name different techniques.
    /// </exception>
    public static AgreementResult Compare(LabelSet first, LabelSet second, EvaluationSplit split)
    {
        if (!first.Techniques.SequenceEqual(second.Techniques, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"The label files name different techniques: {string.Join(", ", first.Techniques)} against {string.Join(", ", second.Techniques)}.");
        }

        var others = second.Papers.ToDictionary(static p => p.Source, StringComparer.Ordinal);
        Require(first.Papers.Where(p => !others.ContainsKey(p.Source)), "the second file does not label");
        var sources = first.Papers.Select(static p => p.Source).ToHashSet(StringComparer.Ordinal);
        Require(second.Papers.Where(p => !sources.Contains(p.Source)), "the first file does not label");
        Require(first.Papers.Where(p => others[p.Source].Split != p.Split), "the files put in different splits");

        var pairs = first.Papers.Where(p => split == EvaluationSplit.All || p.Split == split).Select(p => (First: p, Second: others[p.Source])).ToList();
        var techniques = first.Techniques.Select(t => TechniqueAgreement.From(
            t,
            both: pairs.Count(p => p.First.Techniques.Contains(t) && p.Second.Techniques.Contains(t)),
            firstOnly: pairs.Count(p => p.First.Techniques.Contains(t) && !p.Second.Techniques.Contains(t)),
            secondOnly: pairs.Count(p => !p.First.Techniques.Contains(t) && p.Second.Techniques.Contains(t)),
            papers: pairs.Count)).ToList();
        var disagreements = pairs
            .SelectMany(p => first.Techniques
                .Where(t => p.First.Techniques.Contains(t) != p.Second.Techniques.Contains(t))
                .Select(t => new LabelDisagreement(p.First.Source, t, p.First.Techniques.Contains(t), p.First.Title)))
            .ToList();
        return new AgreementResult(split, pairs.Count, techniques, disagreements);
    }

    private static void Require(IEnumerable<LabeledPaper> offending, string what)
    {
        var sources = offending.Select(static p => p.Source).ToList();
        if (sources.Count > 0)
        {
            throw new InvalidOperationException($"Papers {what}: {string.Join(", ", sources.Take(10))}{(sources.Count > 10 ? $" and {sources.Count - 10} more" : "")}.");
        }
    }
}

/// <summary>Two labelings compared on one split: per technique, and every paper and technique they label differently.</summary>
internal sealed record AgreementResult(EvaluationSplit Split, int Papers, IReadOnlyList<TechniqueAgreement> Techniques, IReadOnlyList<LabelDisagreement> Disagreements);

/// <summary>One paper and technique that one labeling tags and the other does not.</summary>
/// <param name="First">Whether the first labeling tags it (so the second does not).</param>
internal sealed record LabelDisagreement(string Source, string Slug, bool First, string Title);
