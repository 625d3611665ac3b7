namespace PaperCatalog.Cli.Evaluation;

/// <summary>Two labelings of one technique: the four cells of their table, and two measures of agreement.</summary>
/// <param name="PositiveAgreement">
/// 2·both / (2·both + firstOnly + secondOnly): the F1 either labeling scores against the other (it is symmetric),
/// so it reads on the same scale as the tagger's F1.
/// </param>
/// <param name="Kappa">Cohen's kappa: agreement beyond what the two labelings' tag rates give by chance.</param>
internal sealed record TechniqueAgreement(string Slug, int Both, int FirstOnly, int SecondOnly, int Neither, double PositiveAgreement, double Kappa)
{
    /// <remarks>
    /// With nothing tagged by either labeling, both measures count as 1 (nothing was labeled differently),
    /// like the tagger's metrics when there was nothing to find.
    /// </remarks>
    public static TechniqueAgreement From(string slug, int both, int firstOnly, int secondOnly, int papers)
    {
        var neither = papers - both - firstOnly - secondOnly;
        var tagged = 2 * both + firstOnly + secondOnly;
        if (tagged == 0)
        {
            return new TechniqueAgreement(slug, both, firstOnly, secondOnly, neither, 1, 1);
        }

        var positive = 2.0 * both / tagged;
        var observed = (double)(both + neither) / papers;
        var chance = (((double)(both + firstOnly) * (both + secondOnly)) + ((double)(neither + firstOnly) * (neither + secondOnly))) / ((double)papers * papers);
        var kappa = chance >= 1 ? 1 : (observed - chance) / (1 - chance);
        return new TechniqueAgreement(slug, both, firstOnly, secondOnly, neither, positive, kappa);
    }
}
