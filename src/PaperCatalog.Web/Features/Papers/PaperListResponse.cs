using PaperCatalog.Data.Search;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.Web.Features.Papers;

/// <summary>The JSON of <c>GET /api/papers</c>.</summary>
/// <param name="Total">How many papers match.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; <c>null</c> on the last page.</param>
/// <param name="PreviousCursor">Pass as <c>cursor</c> for the page before.</param>
/// <param name="DidYouMean">Titles like the search, when it matched nothing.</param>
/// <param name="CorrectedQuery">The search with misspelled words corrected, when it matched nothing.</param>
/// <param name="QueryIgnored">True when the search held only stop words ("the") and so filtered nothing.</param>
/// <param name="TotalIsCapped">True when more papers match than <c>total</c> (10,000) says.</param>
/// <param name="SourceIsUnknown">True when <c>source</c> names a dump no paper was seen in, so nothing matches.</param>
/// <param name="UnknownTags">The slugs in <c>tags</c> or <c>excludeTags</c> that name no tag (GET /api/tags lists them): in <c>tags</c> with
/// <c>tagMode=all</c> nothing matches; elsewhere they change nothing.</param>
public sealed record PaperListResponse(
    int Total,
    IReadOnlyList<PaperItem> Items,
    FacetsResponse Facets,
    string? NextCursor,
    string? PreviousCursor,
    IReadOnlyList<TitleSuggestion> DidYouMean,
    string? CorrectedQuery,
    bool QueryIgnored,
    bool TotalIsCapped,
    bool SourceIsUnknown,
    IReadOnlyList<string> UnknownTags)
{
    public static PaperListResponse From(SearchPage page) => new(
        page.Result.Total,
        page.Result.Items.Select(PaperItem.From).ToList(),
        new FacetsResponse(
            page.Result.Facets.Tags.Select(static t => new TagFacet(t.Value, t.Count)).ToList(),
            page.Result.Facets.Years.Select(static y => new YearFacet(y.Value, y.Count)).ToList(),
            page.Result.Facets.Sources.Select(static s => new SourceFacet(s.Value, s.Count)).ToList(),
            page.Result.Facets.IsSample,
            page.Result.Facets.Undated),
        page.Result.NextCursor,
        page.Result.PreviousCursor,
        page.DidYouMean,
        page.CorrectedQuery,
        page.Result.QueryHasNoSearchableWords,
        page.Result.TotalIsCapped,
        page.Result.SourceIsUnknown,
        page.Result.UnknownTags ?? []);
}

/// <summary>A paper in a result list.</summary>
/// <param name="Snippet">HTML: the abstract's best passage, HTML-encoded, with matched words in &lt;mark&gt;.</param>
/// <param name="TitleHighlighted">HTML: the title, HTML-encoded, with matched words in &lt;mark&gt;.</param>
public sealed record PaperItem(
    long Id,
    string Title,
    string TitleHighlighted,
    bool TitleIsDerived,
    string Abstract,
    string Snippet,
    DateOnly? PublishedOn,
    bool PublishedYearInferred,
    int? AuthorCount,
    string? Organization,
    int Upvotes,
    IReadOnlyList<TagItem> Tags,
    IReadOnlyList<SourceInfo> Sources)
{
    public static PaperItem From(PaperSummary paper) => new(
        paper.Id,
        paper.Title,
        paper.TitleHighlight.ToHtml(),
        paper.TitleIsDerived,
        paper.Abstract,
        paper.Snippet.ToHtml(),
        paper.PublishedOn,
        paper.PublishedYearInferred,
        paper.AuthorCount,
        paper.Organization,
        paper.Upvotes,
        paper.Tags.Select(tag => TagItem.From(tag, paper.Title, paper.Abstract)).ToList(),
        paper.Sources);
}

/// <summary>A tag on a paper: automatic (with its confidence and evidence) or manual.</summary>
/// <param name="Evidence">The phrases that made an automatic tag, where they are and what each was worth, read from the paper's current text; for a tag an editor confirmed, the rules' phrases as they now stand (found again whenever the text changes); empty for a tag an editor added.</param>
public sealed record TagItem(string Slug, string Name, string Source, double Confidence, IReadOnlyList<EvidenceSpan> Evidence)
{
    /// <param name="title">The paper's title and <paramref name="abstractText"/> its abstract: the evidence's text is read from them.</param>
    public static TagItem From(PaperTagInfo tag, string title, string abstractText) =>
        new(tag.Slug, tag.Name, tag.Source.ToString().ToLowerInvariant(), tag.Confidence, EvidenceSpan.Parse(tag.Evidence, title, abstractText));
}

/// <summary>Counts beside each filter value, following the search.</summary>
/// <param name="IsSample">True when the counts cover only the first 2,000 matches of a facet, and so are lower bounds.</param>
/// <param name="Undated">Matches without a publication date, which no year counts; null when not counted (a year range, sampled facets, no match).</param>
public sealed record FacetsResponse(IReadOnlyList<TagFacet> Tags, IReadOnlyList<YearFacet> Years, IReadOnlyList<SourceFacet> Sources, bool IsSample, int? Undated);

public sealed record TagFacet(string Slug, int Count);

public sealed record YearFacet(int Year, int Count);

public sealed record SourceFacet(string FileName, int Count);
