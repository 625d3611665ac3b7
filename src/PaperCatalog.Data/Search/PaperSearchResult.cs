using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Data.Search;

/// <summary>One page of a search, with the total, the facets and the cursors to the pages around it.</summary>
/// <param name="Total">How many papers match, up to <see cref="PaperSearchSql.CountCap"/>.</param>
/// <param name="TotalIsCapped">
/// True when more than <see cref="PaperSearchSql.CountCap"/> papers match: the total is then a lower bound ("10,000+").
/// </param>
/// <param name="SourceIsUnknown">True when the source filter names a dump no paper was seen in, so nothing matches.</param>
/// <param name="UnknownTags">The tag slugs filtered by that name no tag: required, they match nothing; otherwise they change nothing.</param>
public sealed record PaperSearchResult(
    int Total,
    IReadOnlyList<PaperSummary> Items,
    SearchFacets Facets,
    string? NextCursor,
    string? PreviousCursor,
    bool QueryHasNoSearchableWords,
    bool TotalIsCapped = false,
    bool SourceIsUnknown = false,
    IReadOnlyList<string>? UnknownTags = null);

/// <summary>A paper as a result list shows it.</summary>
public sealed record PaperSummary(
    long Id,
    string Title,
    HighlightedText TitleHighlight,
    bool TitleIsDerived,
    string Abstract,
    HighlightedText Snippet,
    DateOnly? PublishedOn,
    bool PublishedYearInferred,
    int? AuthorCount,
    string? Organization,
    int Upvotes,
    IReadOnlyList<PaperTagInfo> Tags,
    IReadOnlyList<SourceInfo> Sources);

/// <summary>A tag a paper carries, with who decided it and why.</summary>
public sealed record PaperTagInfo(string Slug, string Name, TagSource Source, double Confidence, string? Evidence);

/// <summary>A place a paper was seen.</summary>
public sealed record SourceInfo(string FileName, int LineNumber);

/// <summary>Counts beside each filter value, following the current search and filters.</summary>
/// <remarks>Year counts ignore the year range and source counts ignore the source filter, so that they show the alternatives.</remarks>
/// <param name="IsSample">
/// True when a facet counted only the first <see cref="PaperSearchSql.FacetCap"/> of its matches, so that its counts
/// are lower bounds (a result that large costs a facet lookup per paper).
/// </param>
/// <param name="Undated">
/// Matches without a date, which no year counts; null when not counted: with a year range (none of its matches is
/// undated), when the facets are a sample, and when nothing matches.
/// </param>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount<string>> Tags, IReadOnlyList<FacetCount<int>> Years, IReadOnlyList<FacetCount<string>> Sources, bool IsSample = false, int? Undated = null)
{
    public static SearchFacets Empty { get; } = new([], [], []);
}

public sealed record FacetCount<T>(T Value, int Count);
