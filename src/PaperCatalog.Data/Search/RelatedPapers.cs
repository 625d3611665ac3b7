using Microsoft.EntityFrameworkCore;

namespace PaperCatalog.Data.Search;

/// <summary>
/// Papers like a given one: those sharing its techniques, and those whose text holds the words of
/// its title, ranked by both, each with the reason.
/// </summary>
/// <param name="budget">
/// How long the lookup may take (default <see cref="DefaultBudget"/>); past it the answer is null. At 2,500,000 papers
/// a paper's title words match most of the catalog, and the lookup ran into Npgsql's 30 s timeout and failed
/// the paper's page.
/// </param>
public sealed class RelatedPapers(IDbContextFactory<CatalogDbContext> contexts, TimeSpan? budget = null)
{
    public const int Limit = 6;

    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMilliseconds(500);

    // Candidates come from two index lookups (title words through the GIN index, shared tags through
    // paper_tags), capped, so the cost does not grow with the catalog.
    private const string Sql = """
        WITH me AS (SELECT id, title FROM papers WHERE id = {0}),
        words AS (
            SELECT DISTINCT ON (lexeme) word, lexeme
            FROM me, regexp_split_to_table(me.title, '[^[:alnum:]]+') AS word,
                 LATERAL (SELECT (unnest(to_tsvector('english', word))).lexeme) AS l
            WHERE length(lexeme) > 2),
        probe AS (SELECT to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) AS q FROM words),
        my_tags AS (SELECT tag_id FROM paper_tags WHERE paper_id = {0} AND NOT is_rejected),
        by_text AS (
            SELECT p.id, ts_rank('{{0,0,0.1,1}}'::real[], p.search_vector, probe.q) AS text_rank
            FROM papers p, probe
            WHERE p.id <> {0} AND probe.q IS NOT NULL AND p.search_vector @@ probe.q
            ORDER BY text_rank DESC LIMIT 200),
        by_tags AS (
            SELECT pt.paper_id AS id, count(*) AS shared
            FROM paper_tags pt
            WHERE pt.tag_id IN (SELECT tag_id FROM my_tags) AND pt.paper_id <> {0} AND NOT pt.is_rejected
            GROUP BY pt.paper_id ORDER BY shared DESC LIMIT 200)
        SELECT p.id AS id, p.title AS title,
               coalesce(t.text_rank, 0)::float8 AS text_rank,
               ARRAY(SELECT tg.name FROM paper_tags pt JOIN tags tg ON tg.id = pt.tag_id
                     WHERE pt.paper_id = p.id AND NOT pt.is_rejected AND pt.tag_id IN (SELECT tag_id FROM my_tags) ORDER BY tg.name) AS shared_techniques,
               ARRAY(SELECT w.word FROM words w WHERE w.lexeme = ANY(tsvector_to_array(p.search_vector)) ORDER BY w.word) AS shared_words
        FROM papers p
        LEFT JOIN by_text t ON t.id = p.id
        LEFT JOIN by_tags g ON g.id = p.id
        WHERE t.id IS NOT NULL OR g.id IS NOT NULL
        ORDER BY coalesce(g.shared, 0) * 0.5 + coalesce(t.text_rank, 0) DESC, p.id
        LIMIT {1}
        """;

    /// <summary>The papers related to <paramref name="paperId"/>, best first; null when finding them took longer than the budget.</summary>
    public async Task<IReadOnlyList<RelatedPaper>?> FindAsync(long paperId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await QueryBudget.WithinAsync<IReadOnlyList<RelatedPaper>?>(
            db, budget ?? DefaultBudget, null, async () => await db.Database.SqlQueryRaw<RelatedPaper>(Sql, paperId, Limit).ToListAsync(cancellation), cancellation);
    }
}

/// <summary>A related paper and why: the techniques it shares and the title words its text holds.</summary>
public sealed record RelatedPaper(long Id, string Title, double TextRank, string[] SharedTechniques, string[] SharedWords);
