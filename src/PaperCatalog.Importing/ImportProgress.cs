namespace PaperCatalog.Importing;

/// <summary>Where a running import is, for progress bars and progress lines.</summary>
/// <param name="Stage">What the import is doing now.</param>
/// <param name="Done">How many units of the stage are done.</param>
/// <param name="Total">How many units the stage has.</param>
/// <param name="Detail">The file being read, when there is one.</param>
public sealed record ImportProgress(ImportStage Stage, int Done, int Total, string? Detail = null)
{
    /// <summary>The share of the whole import that is done, from 0 to 1.</summary>
    public double Fraction => Stage switch
    {
        ImportStage.Reading => 0.4 * Ratio,
        ImportStage.Merging => 0.4 + (0.4 * Ratio),
        ImportStage.Saving => 0.8 + (0.2 * Ratio),
        _ => 1,
    };

    private double Ratio => Total == 0 ? 1 : (double)Done / Total;
}

/// <summary>The stages an import goes through.</summary>
public enum ImportStage
{
    Reading,
    Merging,
    Saving,
    Finished,
}
