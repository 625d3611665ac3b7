namespace PaperCatalog.Cli.Evaluation;

/// <summary>How the tagger's decision on one paper and one technique compares with the label.</summary>
internal enum TagOutcome
{
    TrueNegative,
    TruePositive,
    FalsePositive,
    FalseNegative,
}

internal static class TagOutcomes
{
    public static TagOutcome Of(bool tagged, bool labeled) => (tagged, labeled) switch
    {
        (true, true) => TagOutcome.TruePositive,
        (true, false) => TagOutcome.FalsePositive,
        (false, true) => TagOutcome.FalseNegative,
        _ => TagOutcome.TrueNegative,
    };

    public static bool IsMistake(this TagOutcome outcome) => outcome is TagOutcome.FalsePositive or TagOutcome.FalseNegative;
}
