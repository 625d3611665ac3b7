using PaperCatalog.Domain.Papers;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.Cli.Evaluation;

/// <summary>Scores the labeled papers of a split with a tagging engine and compares the tags with the labels.</summary>
internal static class TaggingEvaluation
{
    /// <summary>The F1 each core technique should reach.</summary>
    public const double GoalF1 = 0.85;

    private const string DerivedMark = " [derived title]";

    /// <summary>The techniques the catalog most needs to get right.</summary>
    public static IReadOnlyList<string> CoreTechniques { get; } = ["distillation", "transfer-learning", "mixture-of-experts", "domain-adaptation"];

    /// <exception cref="InvalidOperationException">A labeled source names no record in the seeds, or a record with another title.</exception>
    public static EvaluationResult Run(TaggingEngine engine, LabelSet labels, SeedPapers seeds, EvaluationSplit split)
    {
        var papers = labels.Papers.Where(p => split == EvaluationSplit.All || p.Split == split).ToList();
        var missing = papers.Where(p => seeds.Find(p) is null).Select(static p => p.Source).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"No seed record starts at {Listed(missing)}; the labels do not fit these seeds.");
        }

        var misplaced = papers.Where(p => !TitleFits(p, seeds.Find(p)!.Record)).Select(static p => p.Source).ToList();
        if (misplaced.Count > 0)
        {
            throw new InvalidOperationException($"The labeled title differs from the seed record's at {Listed(misplaced)}; the labels do not fit these seeds.");
        }

        var outcomes = labels.Techniques.ToDictionary(static t => t, static _ => new List<TagOutcome>(), StringComparer.Ordinal);
        var mistakes = new List<TaggingMistake>();
        foreach (var paper in papers)
        {
            var seed = seeds.Find(paper)!.Paper;
            var scores = engine.Score(seed.Title, seed.Abstract, seed.TitleIsDerived).ToDictionary(static s => s.Slug, StringComparer.Ordinal);
            foreach (var technique in labels.Techniques)
            {
                var score = scores.GetValueOrDefault(technique);
                var outcome = TagOutcomes.Of(tagged: score is { Applies: true }, labeled: paper.Techniques.Contains(technique));
                outcomes[technique].Add(outcome);
                if (outcome.IsMistake())
                {
                    mistakes.Add(new TaggingMistake(outcome, technique, paper.Source, paper.Title, score?.Score ?? 0, score?.Evidence ?? []));
                }
            }
        }

        var metrics = labels.Techniques.Select(t => Measure(t, outcomes[t])).ToList();
        var core = metrics.Where(static m => CoreTechniques.Contains(m.Slug)).ToList();
        return new EvaluationResult(split, papers.Count, metrics, MacroAverage.Of(metrics), new CoreGoal(MacroAverage.Of(core), GoalF1, [.. core.Where(static m => m.F1 < GoalF1).Select(static m => m.Slug)]), mistakes);
    }

    private static TechniqueMetrics Measure(string technique, List<TagOutcome> outcomes)
    {
        int Count(TagOutcome kind) => outcomes.Count(o => o == kind);
        return TechniqueMetrics.From(technique, Count(TagOutcome.TruePositive), Count(TagOutcome.FalsePositive), Count(TagOutcome.FalseNegative))
            with { F1Interval = F1Bootstrap.Interval(outcomes) };
    }

    // A shifted seed file would silently score other papers than were labeled; the title shows it.
    // Labels of untitled records show the title derived from the abstract, marked as such.
    private static bool TitleFits(LabeledPaper label, PaperRecord record) =>
        record.Title is { } title
            ? label.Title == title
            : label.Title == DerivedTitle.From(record.Abstract) + DerivedMark;

    private static string Listed(List<string> sources) =>
        string.Join(", ", sources.Take(10)) + (sources.Count > 10 ? $" and {sources.Count - 10} more" : "");
}

/// <summary>What an evaluation found: per technique, on average, for the core techniques, and each mistake.</summary>
internal sealed record EvaluationResult(EvaluationSplit Split, int Papers, IReadOnlyList<TechniqueMetrics> Techniques, MacroAverage Macro, CoreGoal Core, IReadOnlyList<TaggingMistake> Mistakes);

/// <summary>The core techniques against the goal: each must reach <paramref name="GoalF1"/>.</summary>
/// <param name="BelowGoal">The core techniques whose F1 is under the goal.</param>
internal sealed record CoreGoal(MacroAverage Average, double GoalF1, IReadOnlyList<string> BelowGoal)
{
    public bool Met => Average.Techniques.Count > 0 && BelowGoal.Count == 0;
}

/// <summary>A paper the rules tagged against its label, with the evidence behind its score.</summary>
/// <param name="Kind">A false positive or a false negative.</param>
internal sealed record TaggingMistake(TagOutcome Kind, string Slug, string Source, string Title, double Score, IReadOnlyList<EvidenceSpan> Evidence)
{
    public TagOutcome Kind { get; } = Kind.IsMistake() ? Kind : throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "A mistake is a false positive or a false negative.");
}
