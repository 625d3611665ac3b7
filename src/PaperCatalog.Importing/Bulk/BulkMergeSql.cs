namespace PaperCatalog.Importing.Bulk;

/// <summary>
/// The set-based statements of a bulk merge. New papers go in with one INSERT … SELECT; records of
/// papers already in the catalog are only selected here, for the domain's merge rules to decide.
/// </summary>
internal static class BulkMergeSql
{
    // A staged record's paper, in RecordMerger's order: a titled record by title, else a derived-title
    // paper with its abstract; an untitled record by abstract, a titled paper before an untitled one.
    private const string ExistingMatch =
        """
        (SELECT m.id FROM (
            SELECT p.id, 1 AS preference FROM papers p WHERE p.title_key = s.title_key
            UNION ALL SELECT p.id, 2 FROM papers p WHERE s.title_key IS NOT NULL AND p.title_is_derived AND p.abstract_key = s.abstract_key
            UNION ALL SELECT p.id, CASE WHEN p.title_is_derived THEN 4 ELSE 3 END FROM papers p WHERE s.title_key IS NULL AND p.abstract_key = s.abstract_key) m
         ORDER BY m.preference, m.id LIMIT 1)
        """;

    /// <summary>
    /// Stores the files that brought records and are not stored yet, in file order, so that the same content under
    /// two names keeps the first (the parameters <c>names</c> and <c>checksums</c>).
    /// </summary>
    public const string InsertDumpFiles =
        """
        INSERT INTO dump_files (file_name, checksum)
        SELECT f.name, f.checksum FROM unnest(@names::text[], @checksums::text[]) WITH ORDINALITY f(name, checksum, n) ORDER BY f.n
        ON CONFLICT (checksum) DO NOTHING
        """;

    /// <summary>Pairs every staged record with the existing paper it matches, if any.</summary>
    public static string Match(string staging) =>
        $"""
        CREATE TEMP TABLE bulk_match ON COMMIT DROP AS
        SELECT s.file_order, s.line_number, {ExistingMatch} AS paper_id FROM {staging} s;
        CREATE INDEX ON bulk_match (paper_id) WHERE paper_id IS NOT NULL;
        ANALYZE bulk_match;
        """;

    /// <summary>
    /// Marks the records of existing papers that could change something under the merge rules; the
    /// rest of the existing papers' records only add a source. Each keeps the fields the merge reads, so that
    /// reading the candidates does not scan the staging table again: with none at all, as in a first import of
    /// 2,500,000 papers, that scan alone outlasted Npgsql's 30-second command timeout.
    /// </summary>
    public static string MarkCandidates(string staging) =>
        $"""
        CREATE TEMP TABLE bulk_candidates ON COMMIT DROP AS
        SELECT s.file_order, s.line_number, p.id AS paper_id, s.title, s.title_is_derived, s.abstract, s.published_on,
               s.published_year_inferred, s.author_count, s.organization, s.upvotes, s.file_checksum
        FROM {staging} s
        JOIN bulk_match m ON m.file_order = s.file_order AND m.line_number = s.line_number
        JOIN papers p ON p.id = m.paper_id
        WHERE (p.title_is_derived AND NOT s.title_is_derived)
           OR p.abstract_key <> s.abstract_key
           OR (s.published_on IS NOT NULL AND (p.published_on IS DISTINCT FROM s.published_on OR p.published_year_inferred <> s.published_year_inferred))
           OR (s.author_count IS NOT NULL AND s.author_count IS DISTINCT FROM p.author_count)
           OR (s.organization IS NOT NULL AND s.organization IS DISTINCT FROM p.organization)
           OR s.upvotes > p.upvotes;
        """;

    /// <summary>The candidate records, in file and line order, for <see cref="RecordMerger"/>.</summary>
    public const string Candidates =
        """
        SELECT c.paper_id, c.title, c.title_is_derived, c.abstract, c.published_on, c.published_year_inferred,
               c.author_count, c.organization, c.upvotes, c.line_number, d.id,
               EXISTS (SELECT 1 FROM paper_sources o WHERE o.dump_file_id = d.id AND o.line_number = c.line_number) AS seen
        FROM bulk_candidates c JOIN dump_files d ON d.checksum = c.file_checksum
        ORDER BY c.file_order, c.line_number
        """;

    public const string MatchedPaperCount = "SELECT count(DISTINCT paper_id) FROM bulk_match WHERE paper_id IS NOT NULL";

    /// <summary>
    /// Chooses one paper per new key: the latest record of a title, with fields it lacks filled from the
    /// key's other records, and untitled records whose abstract no titled record in the batch has. Each
    /// gets its id now, so that it can be tagged before it is written (<see cref="InsertChosen"/>). Their
    /// rows are kept whole, as in the staging table, so that the papers compress the text (ADR-023).
    /// </summary>
    public static string ChooseNew(string staging) =>
        $"""
        CREATE TEMP TABLE bulk_new WITH (toast_tuple_target = 8160) ON COMMIT DROP AS
        SELECT s.* FROM {staging} s JOIN bulk_match m ON m.file_order = s.file_order AND m.line_number = s.line_number
        WHERE m.paper_id IS NULL;

        CREATE TEMP TABLE bulk_chosen WITH (toast_tuple_target = 8160) ON COMMIT DROP AS
        WITH titled AS (
            SELECT DISTINCT ON (title_key) * FROM bulk_new WHERE title_key IS NOT NULL
            ORDER BY title_key, file_order DESC, line_number DESC),
        repeated AS (
            SELECT title_key, max(upvotes) AS upvotes, (array_agg(published_on ORDER BY published_year_inferred, file_order DESC) FILTER (WHERE published_on IS NOT NULL))[1] AS published_on,
                   bool_and(published_year_inferred) FILTER (WHERE published_on IS NOT NULL) AS published_year_inferred,
                   max(author_count) AS author_count, max(organization) AS organization
            FROM bulk_new WHERE title_key IN (SELECT title_key FROM bulk_new WHERE title_key IS NOT NULL GROUP BY title_key HAVING count(*) > 1)
            GROUP BY title_key),
        untitled AS (
            SELECT DISTINCT ON (abstract_key) * FROM bulk_new n WHERE title_key IS NULL
              AND NOT EXISTS (SELECT 1 FROM bulk_new t WHERE t.title_key IS NOT NULL AND t.abstract_key = n.abstract_key)
            ORDER BY abstract_key, file_order DESC, line_number DESC),
        chosen AS (
            SELECT t.title, false AS title_is_derived, t.title_key, t.abstract, t.abstract_key,
                   coalesce(r.published_on, t.published_on) AS published_on,
                   coalesce(r.published_year_inferred, t.published_year_inferred) AS published_year_inferred,
                   coalesce(t.author_count, r.author_count) AS author_count, coalesce(t.organization, r.organization) AS organization,
                   greatest(t.upvotes, r.upvotes) AS upvotes, t.file_order, t.line_number
            FROM titled t LEFT JOIN repeated r USING (title_key)
            UNION ALL
            SELECT title, true, NULL, abstract, abstract_key, published_on, published_year_inferred, author_count, organization, upvotes, file_order, line_number FROM untitled)
        SELECT nextval(pg_get_serial_sequence('papers', 'id')) AS id, * FROM chosen;

        CREATE TEMP TABLE bulk_chosen_tags (paper_id bigint NOT NULL, tag_id integer NOT NULL, confidence double precision NOT NULL, evidence text NOT NULL) ON COMMIT DROP;
        """;

    /// <summary>
    /// Writes the chosen papers with their tag ids already in the row, then their automatic tags: the
    /// triggers that keep papers.tag_ids then find nothing to rewrite (a rewrite costs a RUM index insert).
    /// Each paper brings the search vector computed ahead from the record its text came from; one without
    /// (a record that looked like a known paper's) gets it from the insert trigger.
    /// </summary>
    public static string InsertChosen(string vectors) =>
        $$"""
        INSERT INTO papers (id, title, title_is_derived, title_key, abstract, abstract_key, published_on, published_year_inferred, author_count, organization, upvotes, created_at, updated_at, tag_ids, search_vector)
        SELECT c.id, c.title, c.title_is_derived, c.title_key, c.abstract, c.abstract_key, c.published_on, c.published_on IS NOT NULL AND c.published_year_inferred,
               c.author_count, c.organization, coalesce(c.upvotes, 0), @now, @now, coalesce(t.ids, '{}'), v.search_vector
        FROM bulk_chosen c
        LEFT JOIN (SELECT paper_id, array_agg(tag_id ORDER BY tag_id) AS ids FROM bulk_chosen_tags GROUP BY paper_id) t ON t.paper_id = c.id
        LEFT JOIN {{vectors}} v ON v.file_order = c.file_order AND v.line_number = c.line_number AND v.title_is_derived = c.title_is_derived;

        INSERT INTO paper_tags (paper_id, tag_id, source, is_rejected, confidence, evidence, updated_at)
        SELECT paper_id, tag_id, 'Automatic', false, confidence, evidence, @now FROM bulk_chosen_tags;
        """;

    /// <summary>
    /// Where each record was seen, for every staged line not stored before; the candidates' sources are
    /// added with their merge, which knows the paper each one ended in.
    /// </summary>
    public static string InsertSources(string staging) =>
        $"""
        INSERT INTO paper_sources (paper_id, import_run_id, dump_file_id, line_number)
        SELECT coalesce(m.paper_id, byTitle.id, byAbstract.id), @run_id, d.id, s.line_number
        FROM {staging} s
        JOIN dump_files d ON d.checksum = s.file_checksum
        JOIN bulk_match m ON m.file_order = s.file_order AND m.line_number = s.line_number
        LEFT JOIN papers byTitle ON m.paper_id IS NULL AND byTitle.title_key = s.title_key
        LEFT JOIN LATERAL (SELECT p.id FROM papers p WHERE m.paper_id IS NULL AND s.title_key IS NULL AND p.abstract_key = s.abstract_key ORDER BY p.title_is_derived, p.id LIMIT 1) byAbstract ON true
        WHERE NOT EXISTS (SELECT 1 FROM bulk_candidates c WHERE c.file_order = s.file_order AND c.line_number = s.line_number)
        ON CONFLICT (dump_file_id, line_number) DO NOTHING
        """;
}
