namespace PaperCatalog.Cli.Evaluation;

/// <summary>How well the rules find one technique among the evaluated papers.</summary>
internal sealed record TechniqueMetrics(string Slug, int TruePositives, int FalsePositives, int FalseNegatives, double Precision, double Recall, double F1)
{
    /// <summary>Papers labeled with the technique: true positives plus false negatives.</summary>
    public int Support => TruePositives + FalseNegatives;

    /// <summary>The 95% interval of <see cref="F1"/> over resamples of the papers (<see cref="F1Bootstrap"/>); null when not drawn.</summary>
    public ConfidenceInterval? F1Interval { get; init; }

    /// <remarks>
    /// A ratio with nothing to divide by counts as 1 when there was also nothing to get wrong (no
    /// paper labeled and none tagged), and as 0 otherwise, so that a technique the rules never
    /// find cannot hide behind an undefined precision.
    /// </remarks>
    public static TechniqueMetrics From(string slug, int truePositives, int falsePositives, int falseNegatives)
    {
        var (precision, recall, f1) = Ratios(truePositives, falsePositives, falseNegatives);
        return new TechniqueMetrics(slug, truePositives, falsePositives, falseNegatives, precision, recall, f1);
    }

    /// <summary>The F1 of these counts, by the same rules as <see cref="From"/>.</summary>
    public static double F1Of(int truePositives, int falsePositives, int falseNegatives) => Ratios(truePositives, falsePositives, falseNegatives).F1;

    private static (double Precision, double Recall, double F1) Ratios(int truePositives, int falsePositives, int falseNegatives)
    {
        var nothingToFind = truePositives + falsePositives + falseNegatives == 0;
        var precision = Ratio(truePositives, truePositives + falsePositives, nothingToFind);
        var recall = Ratio(truePositives, truePositives + falseNegatives, nothingToFind);
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static double Ratio(int part, int whole, bool nothingToFind) => whole == 0 ? (nothingToFind ? 1 : 0) : (double)part / whole;
}

/// <summary>The unweighted mean of several techniques' precision, recall and F1 (a macro average).</summary>
internal sealed record MacroAverage(IReadOnlyList<string> Techniques, double Precision, double Recall, double F1)
{
    public static MacroAverage Of(IReadOnlyList<TechniqueMetrics> metrics) =>
        metrics.Count == 0
            ? new MacroAverage([], 0, 0, 0)
            : new MacroAverage([.. metrics.Select(static m => m.Slug)], metrics.Average(static m => m.Precision), metrics.Average(static m => m.Recall), metrics.Average(static m => m.F1));
}
