using Npgsql;
using NpgsqlTypes;

namespace PaperCatalog.Data.Search;

public sealed partial class PaperSearchSql
{
    /// <summary>Whether the page is cut from a relevance window: the best <see cref="RelevanceWindow"/> matches by RUM.</summary>
    public bool UsesRelevanceWindow => _criteria.EffectiveSort == PaperSort.Relevance && _rum && _criteria.HasQuery;

    /// <summary>
    /// Whether the facets scan the text index on their own even when every match is known: the years leave a year
    /// range out and the dumps leave the dump filter out, to show the alternatives to them.
    /// </summary>
    public bool FacetsScanOnTheirOwn => _criteria.YearFrom is not null || _criteria.YearTo is not null || _criteria.Source is not null;

    /// <summary>The ids of every match, as <see cref="CountAndFacets"/> reads them when given.</summary>
    public static NpgsqlParameter MatchIds(IReadOnlyList<long> ids) =>
        new("match_ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() };

    /// <summary>
    /// The page from the relevance window and, when asked and the window is short of its size, a last row with the ids
    /// of every match (id and rank null). The count and the facets then come from those ids (<see cref="MatchIds"/>)
    /// instead of a second scan of the text index: RUM reads the word positions of every paper that holds the query's
    /// words, so a phrase of common words would read them twice, once for the page and once for the count.
    /// </summary>
    private string WindowPage(string keyset, string direction, int limit, int offset, bool withAllMatches)
    {
        var window = $"SELECT p.id, {Rank} AS rank FROM papers p WHERE {Filters()} ORDER BY p.search_vector <=> websearch_to_tsquery('english', @q) LIMIT {RelevanceWindow}";
        var page = $"SELECT p.id, p.rank FROM {(withAllMatches ? "w" : $"({window})")} p WHERE TRUE{keyset} ORDER BY p.rank {direction}, p.id {direction} LIMIT {limit} OFFSET {offset}";
        if (!withAllMatches)
        {
            return page;
        }

        return $"""
            WITH w AS MATERIALIZED ({window}), page AS ({page})
            SELECT id, rank, NULL::bigint[] AS matches, 0 AS part FROM page
            UNION ALL SELECT NULL, NULL, coalesce(array_agg(id), ARRAY[]::bigint[]), 1 FROM w HAVING count(*) < {RelevanceWindow}
            ORDER BY part, rank {direction}, id {direction}
            """;
    }

    private string Matched(bool givenMatches) => givenMatches
        ? "SELECT p.id, p.published_on, p.tag_ids FROM papers p WHERE p.id = ANY(@match_ids)"
        : Capped(Filters(), CountCap + 1);
}
