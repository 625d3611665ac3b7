namespace PaperCatalog.Data.Search;

/// <summary>How common the search vector's words are, as ANALYZE last sampled them.</summary>
internal static class LexemeShares
{
    /// <summary>
    /// Rows (lexeme, share): the most common lexemes and the share of papers holding each. A lexeme missing from
    /// them is rarer than every one listed. The frequencies array ends with three statistics of its own, which
    /// unnest pairs with null lexemes, so those rows are left out.
    /// </summary>
    public const string Sql = """
        SELECT e.lexeme, e.share
        FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs::text::real[]) AS e(lexeme, share)
        WHERE s.schemaname = current_schema() AND s.tablename = 'papers' AND s.attname = 'search_vector' AND e.lexeme IS NOT NULL
        """;

    /// <summary>The share of papers above which a word narrows a search too little to lead it.</summary>
    public const string CommonShare = "0.2";
}
