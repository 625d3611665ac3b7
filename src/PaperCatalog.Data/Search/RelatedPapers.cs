using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PaperCatalog.Data.Search;

/// <summary>
/// Papers like a given one: those sharing its techniques, and those whose text holds the rarest words of
/// its title, ranked by both, each with the reason.
/// </summary>
/// <param name="budget">
/// How long the lookup may take (default <see cref="DefaultBudget"/>); past it the answer is null. At 2,500,000 papers
/// a paper's title words match most of the catalog, and the lookup ran into Npgsql's 30 s timeout and failed
/// the paper's page.
/// </param>
/// <param name="cache">
/// Recent answers to reuse until something is written: views repeat (back and forward, shared links, the API).
/// Lookups that ran out of time are not kept.
/// </param>
public sealed class RelatedPapers(IDbContextFactory<CatalogDbContext> contexts, TimeSpan? budget = null, SnapshotCache? cache = null)
{
    public const int Limit = 6;

    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMilliseconds(500);

    // How many title words probe the text (words in more than LexemeShares.CommonShare of papers say nothing).
    private const int ProbeWords = 3;

    // The probe is the title's rarest words, by the lexeme frequencies ANALYZE keeps for the search vector (words
    // not among them are rarer still). Each candidate set is capped and read through an index: the probe through
    // RUM best-first when present; papers with all of its tags through the tag ids' GIN index, and papers with any
    // of them through paper_tags' B-tree, which stops at the cap (GIN reads every match of a common tag first).
    // Probing with every title word matched most of a 2,500,000-paper catalog, and ranking those matches
    // outlasted the budget.
    private static string Sql(string order) => $$$"""
        WITH me AS (SELECT id, title, tag_ids FROM papers WHERE id = {0}),
        words AS (
            SELECT DISTINCT ON (lexeme) word, lexeme
            FROM me, regexp_split_to_table(me.title, '[^[:alnum:]]+') AS word,
                 LATERAL (SELECT (unnest(to_tsvector('english', word))).lexeme) AS l
            WHERE length(lexeme) > 2),
        common AS MATERIALIZED ({{{LexemeShares.Sql}}}),
        probe_words AS (
            SELECT w.lexeme FROM words w LEFT JOIN common c USING (lexeme)
            WHERE coalesce(c.share, 0) <= {{{LexemeShares.CommonShare}}}
            ORDER BY coalesce(c.share, 0), length(w.lexeme) DESC, w.lexeme LIMIT {{{ProbeWords}}}),
        probe AS (SELECT to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) AS q FROM probe_words),
        by_text AS (
            SELECT p.id FROM papers p
            WHERE p.id <> {0} AND p.search_vector @@ (SELECT q FROM probe)
            ORDER BY {{{order}}} LIMIT 200),
        by_tags AS (
            (SELECT p.id FROM papers p WHERE p.id <> {0} AND cardinality((SELECT tag_ids FROM me)) > 0 AND p.tag_ids @> (SELECT tag_ids FROM me) LIMIT 200)
            UNION
            (SELECT pt.paper_id FROM paper_tags pt WHERE pt.paper_id <> {0} AND pt.tag_id IN (SELECT unnest(tag_ids) FROM me) AND NOT pt.is_rejected LIMIT 200)),
        scored AS (
            SELECT p.id, p.title, p.search_vector,
                   CASE WHEN p.search_vector @@ probe.q THEN ts_rank('{{0,0,0.1,1}}'::real[], p.search_vector, probe.q) ELSE 0 END AS text_rank,
                   ARRAY(SELECT unnest(p.tag_ids) INTERSECT SELECT unnest(me.tag_ids)) AS shared_tag_ids
            FROM (SELECT id FROM by_text UNION SELECT id FROM by_tags) c JOIN papers p ON p.id = c.id, me, probe)
        SELECT s.id AS id, s.title AS title, s.text_rank::float8 AS text_rank,
               ARRAY(SELECT tg.name FROM tags tg WHERE tg.id = ANY(s.shared_tag_ids) ORDER BY tg.name) AS shared_techniques,
               ARRAY(SELECT w.word FROM words w JOIN probe_words USING (lexeme) WHERE w.lexeme = ANY(tsvector_to_array(s.search_vector)) ORDER BY w.word) AS shared_words
        FROM scored s
        WHERE s.text_rank > 0 OR cardinality(s.shared_tag_ids) > 0
        ORDER BY cardinality(s.shared_tag_ids) * 0.5 + s.text_rank DESC, s.id
        LIMIT {1}
        """;

    // Braces are doubled for EF, which reads the text as a format string.
    private static readonly string BestFirst = Sql("p.search_vector <=> (SELECT q FROM probe)");
    private static readonly string ByRank = Sql("ts_rank('{{0,0,0.1,1}}'::real[], p.search_vector, (SELECT q FROM probe)) DESC");

    private sealed record RelatedKey(string Database, string Snapshot, long PaperId);

    /// <summary>The papers related to <paramref name="paperId"/>, best first; null when finding them took longer than the budget.</summary>
    public async Task<IReadOnlyList<RelatedPaper>?> FindAsync(long paperId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        var sql = await RumIndex.IsPresentAsync(connection, cancellation) ? BestFirst : ByRank;
        Task<IReadOnlyList<RelatedPaper>?> ReadAsync() => QueryBudget.WithinAsync<IReadOnlyList<RelatedPaper>?>(
            db, budget ?? DefaultBudget, null, async () => await db.Database.SqlQueryRaw<RelatedPaper>(sql, paperId, Limit).ToListAsync(cancellation), cancellation);
        return cache is null ? await ReadAsync() : await cache.ReadAsync(db, snapshot => new RelatedKey(connection.Database, snapshot, paperId), ReadAsync, cancellation);
    }
}

/// <summary>
/// A related paper and why: the techniques it shares, and which of the title words that probed the text (the rarest,
/// see <see cref="RelatedPapers"/>) its text holds. Common title words it holds too are no reason: most papers do.
/// </summary>
public sealed record RelatedPaper(long Id, string Title, double TextRank, string[] SharedTechniques, string[] SharedWords);
