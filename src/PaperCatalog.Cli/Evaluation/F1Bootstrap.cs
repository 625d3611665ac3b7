namespace PaperCatalog.Cli.Evaluation;

/// <summary>
/// How far an F1 measured on a few labeled papers can be trusted: a 95% percentile bootstrap over the papers.
/// A holdout technique may have only a few labeled papers, where one paper more or less found moves F1 by up to
/// about 0.08, and a single figure reads as more exact than it is. The same papers always give the same interval.
/// </summary>
internal static class F1Bootstrap
{
    /// <summary>How many resamples each interval draws: with fewer, the third decimal of a bound moved with the papers' order.</summary>
    public const int Resamples = 10_000;

    /// <summary>
    /// Fewer labeled papers than this give no interval: resampling so few papers misses how much they vary (with
    /// 8 of them, a "95%" interval held the true F1 about 86% of the time).
    /// </summary>
    public const int MinimumSupport = 10;

    // Fixed, so that a report can be run again and show the same interval. Every technique starts from it and so
    // resamples the very same papers: one paired bootstrap, each interval still valid on its own.
    private const int Seed = 20_261_201;

    /// <summary>
    /// The interval holding the middle 95% of F1 over resamples of <paramref name="outcomes"/> (one per paper), drawn
    /// with replacement; null when fewer than <see cref="MinimumSupport"/> papers are labeled with the technique, or
    /// when the tagger made no mistake, since resampling papers without a mistake cannot show any doubt.
    /// </summary>
    public static ConfidenceInterval? Interval(IReadOnlyList<TagOutcome> outcomes)
    {
        var support = outcomes.Count(static o => o is TagOutcome.TruePositive or TagOutcome.FalseNegative);
        if (support < MinimumSupport || !outcomes.Any(static o => o.IsMistake()))
        {
            return null;
        }

        var random = new Random(Seed);
        var f1s = new double[Resamples];
        for (var resample = 0; resample < Resamples; resample++)
        {
            var (tp, fp, fn) = (0, 0, 0);
            for (var draw = 0; draw < outcomes.Count; draw++)
            {
                switch (outcomes[random.Next(outcomes.Count)])
                {
                    case TagOutcome.TruePositive: tp++; break;
                    case TagOutcome.FalsePositive: fp++; break;
                    case TagOutcome.FalseNegative: fn++; break;
                }
            }

            f1s[resample] = TechniqueMetrics.F1Of(tp, fp, fn);
        }

        Array.Sort(f1s);
        var tail = Resamples / 40;
        return new ConfidenceInterval(f1s[tail], f1s[Resamples - 1 - tail]);
    }
}

/// <summary>A range that would hold the F1 of all papers like these 95% of the time.</summary>
internal sealed record ConfidenceInterval(double Low, double High);
