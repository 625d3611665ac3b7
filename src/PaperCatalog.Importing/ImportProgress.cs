namespace PaperCatalog.Importing;

/// <summary>Where a running import is, for progress bars and progress lines.</summary>
/// <param name="Stage">What the import is doing now.</param>
/// <param name="Done">How many units of the stage are done.</param>
/// <param name="Total">How many units the stage has.</param>
/// <param name="Detail">The file being read, or the step being written, when there is one.</param>
public sealed record ImportProgress(ImportStage Stage, int Done, int Total, string? Detail = null)
{
    /// <summary>The share of the whole import that is done, from 0 to 1.</summary>
    public double Fraction => Stage switch
    {
        ImportStage.Reading => 0.4 * Ratio,
        ImportStage.Merging => 0.4 + (0.4 * Ratio),

        // Only bulk imports tag and write as stages of their own, after a merge step that reports 0 of 1.
        ImportStage.Tagging => 0.5 + (0.1 * Ratio),
        ImportStage.Writing => 0.6 + (0.2 * Ratio),
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

    /// <summary>A bulk import scores its new papers: <see cref="ImportProgress.Done"/> of <see cref="ImportProgress.Total"/> papers.</summary>
    Tagging,

    /// <summary>A bulk import writes its new papers and builds indexes: one unit per step, named in <see cref="ImportProgress.Detail"/>.</summary>
    Writing,
    Saving,
    Finished,
}
