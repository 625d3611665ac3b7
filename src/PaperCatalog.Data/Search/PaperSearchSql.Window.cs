using NpgsqlTypes;

namespace PaperCatalog.Data.Search;

public sealed partial class PaperSearchSql
{
    private bool _matchesGiven;

    /// <summary>Whether the page is cut from a relevance window: the best <see cref="RelevanceWindow"/> matches by RUM.</summary>
    public bool RanksWindow => _criteria.EffectiveSort == PaperSort.Relevance && _rum && _criteria.HasQuery;

    /// <summary>
    /// The page from the relevance window and, when the window is short of its size, a last row with the ids of every
    /// match (id and rank null). The count and the facets then come from those ids (<see cref="UseMatches"/>) instead
    /// of a second scan of the text index: RUM reads the word positions of every paper holding the query's words, so
    /// a phrase of common words read them twice, once for the page and once for the count.
    /// </summary>
    private string WindowPage(string keyset, string direction, int limit, int offset)
    {
        var window = $"SELECT p.id, {Rank} AS rank FROM papers p WHERE {Filters()} ORDER BY p.search_vector <=> websearch_to_tsquery('english', @q) LIMIT {RelevanceWindow}";
        var page = $"SELECT p.id, p.rank FROM w p WHERE TRUE{keyset} ORDER BY p.rank {direction}, p.id {direction} LIMIT {limit} OFFSET {offset}";
        return $"""
            WITH w AS MATERIALIZED ({window}), page AS ({page})
            SELECT id, rank, NULL::bigint[] AS matches, 0 AS part FROM page
            UNION ALL SELECT NULL, NULL, coalesce(array_agg(id), ARRAY[]::bigint[]), 1 FROM w HAVING count(*) < {RelevanceWindow}
            ORDER BY part, rank {direction}, id {direction}
            """;
    }

    /// <summary>Makes <see cref="CountAndFacets"/> count and sample <paramref name="ids"/>, every match of the search, rather than scan for them.</summary>
    public void UseMatches(IReadOnlyCollection<long> ids)
    {
        Add("match_ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint, ids.ToArray());
        _matchesGiven = true;
    }

    private string Matched() => _matchesGiven
        ? "SELECT p.id, p.published_on, p.tag_ids FROM papers p WHERE p.id = ANY(@match_ids)"
        : Capped(Filters(), CountCap + 1);
}
