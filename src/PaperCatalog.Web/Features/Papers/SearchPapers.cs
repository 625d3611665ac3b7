using PaperCatalog.Data.Search;

namespace PaperCatalog.Web.Features.Papers;

/// <summary>Searches the catalog, and when a search finds nothing, looks for the words and titles it may have meant.</summary>
public sealed class SearchPapers(PaperSearch search, TitleSuggestions suggestions, SpellingCorrections corrections)
{
    public async Task<SearchPage> HandleAsync(PaperSearchCriteria criteria, CancellationToken cancellation)
    {
        var result = await search.SearchAsync(criteria, cancellation);
        if (result.Total > 0 || !criteria.HasQuery || result.QueryHasNoSearchableWords)
        {
            return new SearchPage(criteria, result, [], null);
        }

        // The corrected words find titles; the words as typed only do when filters hid every paper they match.
        var corrected = await corrections.SuggestAsync(criteria.Query!, cancellation);
        var titles = await suggestions.FindAsync(corrected ?? criteria.Query!, cancellation);
        return new SearchPage(criteria, result, titles, corrected);
    }
}

/// <summary>A search's results, with "did you mean" titles and a corrected query when it found nothing.</summary>
public sealed record SearchPage(PaperSearchCriteria Criteria, PaperSearchResult Result, IReadOnlyList<TitleSuggestion> DidYouMean, string? CorrectedQuery)
{
    /// <summary>
    /// This page with only what a result list shows: without full abstracts, tag evidence and source lines.
    /// An interactive page holds its results for as long as its session is open.
    /// </summary>
    public SearchPage ForResultList() => this with
    {
        Result = Result with
        {
            Items = [.. Result.Items.Select(static paper => paper with
            {
                Abstract = string.Empty,
                Tags = [.. paper.Tags.Select(static tag => tag with { Evidence = null })],
                Sources = [],
            })],
        },
    };
}
