namespace PaperCatalog.Cli.Evaluation;

/// <summary>
/// How far an F1 measured on a few labeled papers can be trusted: a 95% percentile bootstrap over the papers.
/// The holdout has 8 to 54 papers per core technique, so one paper more or less found moves F1 by up to 0.06,
/// and a single figure reads as more exact than it is. The same papers always give the same interval.
/// </summary>
internal static class F1Bootstrap
{
    /// <summary>How many resamples each interval draws.</summary>
    public const int Resamples = 2_000;

    // Fixed, so that a report can be run again and show the same interval.
    private const int Seed = 20_261_201;

    /// <summary>The interval holding the middle 95% of F1 over resamples of <paramref name="outcomes"/> (one per paper), drawn with replacement.</summary>
    public static ConfidenceInterval Interval(IReadOnlyList<TagOutcome> outcomes)
    {
        if (outcomes.Count == 0)
        {
            return new ConfidenceInterval(0, 0);
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

            f1s[resample] = TechniqueMetrics.From("", tp, fp, fn).F1;
        }

        Array.Sort(f1s);
        return new ConfidenceInterval(f1s[(int)(Resamples * 0.025)], f1s[(int)(Resamples * 0.975) - 1]);
    }
}

/// <summary>A range that a measured figure would fall in 95% of the time on other papers like these.</summary>
internal sealed record ConfidenceInterval(double Low, double High);

/// <summary>How the tagger's decision on one paper and one technique compares with the label.</summary>
internal enum TagOutcome
{
    TrueNegative,
    TruePositive,
    FalsePositive,
    FalseNegative,
}
