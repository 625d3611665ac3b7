using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>The non-word facts gathered from seed papers while their words are counted.</summary>
internal sealed class SeedShapes
{
    public int Papers { get; private set; }

    public List<int> TitleLengths { get; } = [];

    public List<int> AbstractLengths { get; } = [];

    public List<int> AuthorCounts { get; } = [];

    public SortedDictionary<int, int> Years { get; } = [];

    public List<string> Organizations { get; } = [];

    public void Add(PaperRecord record)
    {
        Papers++;
        if (record.AuthorCount is { } authors)
        {
            AuthorCounts.Add(authors);
        }

        if (record.Organization is { } organization && !Organizations.Contains(organization))
        {
            Organizations.Add(organization);
        }

        // Years the page filled in are a guess about the capture date, not data.
        if (record.PublishedOn is { } published && !record.PublishedYearInferred)
        {
            Years[published.Year] = Years.GetValueOrDefault(published.Year) + 1;
        }
    }
}
