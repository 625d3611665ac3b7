namespace PaperCatalog.Cli.Evaluation;

/// <summary>How the tagger's decision on one paper and one technique compares with the label.</summary>
internal enum TagOutcome
{
    TrueNegative,
    TruePositive,
    FalsePositive,
    FalseNegative,
}
