namespace PaperCatalog.Importing.Tagging;

/// <summary>How far a rule change's pass over the catalog has got.</summary>
/// <remarks>A class, so that a page reading the latest report while the pass writes the next gets one whole report.</remarks>
/// <param name="Scored">Papers scored so far.</param>
/// <param name="Total">Papers in the catalog when the pass began.</param>
public sealed record RuleScoringProgress(int Scored, int Total)
{
    /// <summary>Between 0 and 1; a paper imported during a preview can take it past the count read at the start.</summary>
    public double Fraction => Total == 0 ? 1 : Math.Min(1, (double)Scored / Total);

    /// <summary>Every paper is scored: what is left of an apply is writing the tags.</summary>
    public bool IsScored => Scored >= Total;
}
