using System.Globalization;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.Cli.Evaluation;

/// <summary>Writes an evaluation as a table for people, with the mistakes and their evidence when asked.</summary>
internal static class EvaluationText
{
    private const string Row = "{0,-32} {1,9} {2,7} {3,6} {4,5} {5,5} {6,5} {7,8}  {8}";

    public static async Task WriteAsync(EvaluationResult result, string rulesName, TextWriter output)
    {
        var lines = new List<string>
        {
            Invariant($"Tagging evaluation on the {Name(result.Split)} split: {result.Papers} labeled papers, {rulesName} rules."),
            "",
            Format(Row, "Technique", "Precision", "Recall", "F1", "TP", "FP", "FN", "Support", "F1, 95% interval"),
        };
        lines.AddRange(result.Techniques.Select(static m => Format(Row, m.Slug, Number(m.Precision), Number(m.Recall), Number(m.F1), m.TruePositives, m.FalsePositives, m.FalseNegatives, m.Support, Interval(m))));
        lines.Add(Average($"Macro average ({result.Macro.Techniques.Count})", result.Macro));
        lines.Add(Average($"Core techniques ({result.Core.Average.Techniques.Count})", result.Core.Average));
        lines.Add("");
        lines.Add(GoalLine(result));
        if (result.Mistakes.Count > 0)
        {
            lines.Add("");
            lines.Add($"Mistakes ({result.Mistakes.Count}):");
            lines.AddRange(result.Mistakes.OrderBy(static m => m.Slug, StringComparer.Ordinal).ThenBy(static m => m.Kind).Select(MistakeLines).SelectMany(static l => l));
        }

        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }
    }

    private static string GoalLine(EvaluationResult result)
    {
        var core = result.Core;
        var goal = Invariant($"Goal: F1 >= {core.GoalF1:0.00} for each of {string.Join(", ", core.Average.Techniques)}: ");
        return core.Met
            ? goal + "met."
            : goal + "not met by " + string.Join(", ", core.BelowGoal.Select(s => BelowGoal(result.Techniques.Single(m => m.Slug == s)))) + ".";
    }

    private static string BelowGoal(TechniqueMetrics metrics) =>
        metrics.F1Interval is { } interval ? $"{metrics.Slug} ({Number(metrics.F1)}, 95% interval {Interval(interval)})" : $"{metrics.Slug} ({Number(metrics.F1)})";

    private static string Interval(ConfidenceInterval interval) => $"{Number(interval.Low)}-{Number(interval.High)}";

    // F1Bootstrap draws no interval for too few labeled papers, or for no mistake to resample: the table says which.
    private static string Interval(TechniqueMetrics metrics) => metrics.F1Interval switch
    {
        { } interval => Interval(interval),
        _ when metrics.Support < F1Bootstrap.MinimumSupport => $"none: under {F1Bootstrap.MinimumSupport} papers",
        _ => "none: no mistake",
    };

    private static IEnumerable<string> MistakeLines(TaggingMistake mistake)
    {
        var kind = mistake.Kind == TagOutcome.FalsePositive ? "FP" : "FN";
        yield return Invariant($"  {kind} {mistake.Slug} {mistake.Source} score {mistake.Score:0.00}: {mistake.Title}");
        foreach (var span in mistake.Evidence)
        {
            yield return Invariant($"       {span.Field,-8} @{span.Start,-5} {Weight(span),6}  \"{span.Text}\"");
        }
    }

    // A passing mention weighs nothing and is shown as such, so a reader sees what was silenced.
    private static string Weight(EvidenceSpan span) => span.Weight == 0 ? "passing" : span.Weight.ToString("+0.00;-0.00", CultureInfo.InvariantCulture);

    private static string Average(string label, MacroAverage average) =>
        Format(Row, label, Number(average.Precision), Number(average.Recall), Number(average.F1), "", "", "", "", "").TrimEnd();

    private static string Name(EvaluationSplit split) => split.ToString().ToLowerInvariant();

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
