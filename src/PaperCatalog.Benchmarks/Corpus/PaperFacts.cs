namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>Draws a paper's date, upvotes and byline.</summary>
/// <remarks>
/// Years follow the seed papers' explicit years over 2018..2025, smoothed so every year has papers.
/// Upvotes are skewed like the site's: a third of papers have none, most have under 20, a few hundreds
/// (the seeds show too few counts to learn from). Author counts are drawn from the seed bylines.
/// </remarks>
internal sealed class PaperFacts
{
    public const int FirstYear = 2018;
    public const int LastYear = 2025;

    /// <summary>The share of papers whose byline names an organization rather than counting authors.</summary>
    public const double OrganizationShare = 0.08;

    private static readonly int[] FallbackAuthorCounts = [1, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 10, 12, 16];

    private readonly AliasSampler _years;
    private readonly int[] _authorCounts;
    private readonly IReadOnlyList<(string Handle, string Name)> _organizations;

    public PaperFacts(SeedVocabulary seeds)
    {
        var weights = new double[LastYear - FirstYear + 1];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = seeds.Years.GetValueOrDefault(FirstYear + i) + 3;
        }

        _years = new AliasSampler(weights);
        _authorCounts = seeds.AuthorCounts.Count > 0 ? [.. seeds.AuthorCounts] : FallbackAuthorCounts;
        _organizations = Organizations.With(seeds.Organizations);
    }

    public DateOnly Date(CorpusRandom random)
    {
        var year = FirstYear + _years.Sample(random);
        return new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
    }

    public static int Upvotes(CorpusRandom random) =>
        random.Chance(0.35) ? 0 : (int)Math.Min(5000, Math.Exp(1.6 + (1.25 * random.NextGaussian())));

    /// <summary>An author count, or an organization (handle and display name) instead.</summary>
    public (int? Authors, (string Handle, string Name)? Organization) Byline(CorpusRandom random) =>
        random.Chance(OrganizationShare)
            ? (null, _organizations[random.Next(_organizations.Count)])
            : (_authorCounts[random.Next(_authorCounts.Length)], null);
}
