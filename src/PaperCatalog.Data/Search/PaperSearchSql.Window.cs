using Npgsql;
using NpgsqlTypes;

namespace PaperCatalog.Data.Search;

public sealed partial class PaperSearchSql
{
    /// <summary>Whether the page is cut from a relevance window: the best <see cref="RelevanceWindow"/> matches by RUM.</summary>
    public bool UsesRelevanceWindow => _criteria.EffectiveSort == PaperSort.Relevance && _rum && _criteria.HasQuery;

    /// <summary>
    /// Whether the page statement reads on past its window, in rank order, up to the count's cap, and so counts
    /// every match itself (ADR-021): for a phrase with no guide, whose words are all common, a second scan to count
    /// would read every position of those words again (about 0.6 s of "language model"'s 1.7 s at 1,000,000 papers),
    /// while the rows past the window cost about 0.2 s. Only when the text is the search's one condition: under a
    /// tag, year, dump or upvote filter the stream would read on through every match the filter drops.
    /// </summary>
    public bool CountsFromWindowStream => UsesRelevanceWindow && _phraseOfCommonWords && TextIsTheOnlyCondition;

    private bool TextIsTheOnlyCondition =>
        _criteria is { Tags.Count: 0, ExcludeTags.Count: 0, YearFrom: null, YearTo: null, HasUpvotes: false, Source: null };

    /// <summary>
    /// Whether the facets scan the text index on their own even when every match is known: the years leave a year
    /// range out and the dumps leave the dump filter out, to show the alternatives to them.
    /// </summary>
    public bool FacetsScanOnTheirOwn => _criteria.YearFrom is not null || _criteria.YearTo is not null || _criteria.Source is not null;

    /// <summary>The ids of every match, or of the facets' sample, as <see cref="CountAndFacets"/> reads them when given.</summary>
    public static NpgsqlParameter MatchIds(IReadOnlyList<long> ids) =>
        new("match_ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() };

    /// <summary>
    /// The page from the relevance window and, when asked, a last row (id and rank null) with the matches' ids and
    /// their number: when the window is short of its size, every match; when the statement reads on to the cap
    /// (<see cref="CountsFromWindowStream"/>), the best ones in rank order, enough for the facets' samples (the first
    /// <see cref="FacetCap"/> matches, and the first <see cref="FacetCap"/> dated ones), and how many it found. The count and the facets then come from that row (<see cref="MatchIds"/>) instead of a
    /// second scan of the text index: RUM reads the word positions of every paper that holds the query's words, so
    /// a phrase of common words would read them twice, once for the page and once for the count.
    /// </summary>
    private string WindowPage(string keyset, string direction, int limit, int offset, bool withMatches)
    {
        const string byDistance = "ORDER BY p.search_vector <=> websearch_to_tsquery('english', @q)";
        var window = $"SELECT p.id, {Rank} AS rank FROM papers p WHERE {Filters()} {byDistance} LIMIT {RelevanceWindow}";
        var page = $"SELECT p.id, p.rank FROM {(withMatches ? "w" : $"({window})")} p WHERE TRUE{keyset} ORDER BY p.rank {direction}, p.id {direction} LIMIT {limit} OFFSET {offset}";
        if (!withMatches)
        {
            return page;
        }

        const string pageRows = "SELECT id, rank, NULL::bigint[] AS matches, NULL::bigint AS total, 0 AS part FROM page";
        if (!CountsFromWindowStream)
        {
            return $"""
                WITH w AS MATERIALIZED ({window}), page AS ({page})
                {pageRows}
                UNION ALL SELECT NULL, NULL, coalesce(array_agg(id), ARRAY[]::bigint[]), count(*), 1 FROM w HAVING count(*) < {RelevanceWindow}
                ORDER BY part, rank {direction}, id {direction}
                """;
        }

        // The stream is numbered in the order RUM hands it out, best first; only the window's rows are ranked. The ids
        // sent back reach the 2,000th match and the 2,000th dated one, so both facet samples are the best matches.
        return $"""
            WITH s AS MATERIALIZED (
                SELECT p.id, p.published_on, row_number() OVER ({byDistance}) AS n
                FROM papers p WHERE {Filters()} {byDistance} LIMIT {CountCap + 1}),
            w AS MATERIALIZED (SELECT p.id, {Rank} AS rank FROM s JOIN papers p ON p.id = s.id WHERE s.n <= {RelevanceWindow}),
            page AS ({page})
            {pageRows}
            UNION ALL SELECT NULL, NULL, ARRAY(
                SELECT id FROM s
                WHERE n <= greatest({FacetCap}, coalesce((SELECT n FROM s WHERE published_on IS NOT NULL ORDER BY n OFFSET {FacetCap - 1} LIMIT 1), {CountCap + 1}))
                ORDER BY n), (SELECT count(*) FROM s), 1
            ORDER BY part, rank {direction}, id {direction}
            """;
    }

    // Given ids keep their order, so that the facets' samples (the first 2,000) are the best matches of a stream.
    private string Matched(bool givenMatches) => givenMatches
        ? "SELECT p.id, p.published_on, p.tag_ids FROM unnest(@match_ids) WITH ORDINALITY AS m(id, n) JOIN papers p ON p.id = m.id ORDER BY m.n"
        : Capped(Filters(), CountCap + 1);
}
