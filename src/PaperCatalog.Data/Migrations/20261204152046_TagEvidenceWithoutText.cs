using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class TagEvidenceWithoutText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Evidence stored before this holds each span's text, which is the title or abstract at the span
            // (ADR-026): [{"field":"title","start":0,"length":19,"text":"…","weight":2}] becomes [["t",0,19,2]], what
            // EvidenceSpan.Serialize writes. Only evidence in the earlier form is touched: editors' notes never start
            // with it, and a row missed would still read (EvidenceFormat). The triggers that copy tag ids to papers
            // are off for the update, which changes no tag: with them, 411,442 rows took 99 s instead of 14 s.
            migrationBuilder.Sql(
                """
                ALTER TABLE paper_tags DISABLE TRIGGER paper_tags_updated, DISABLE TRIGGER paper_tags_updated_from;
                UPDATE paper_tags SET evidence = (
                    SELECT '[' || string_agg(
                        '["' || CASE e.span->>'field' WHEN 'title' THEN 't' ELSE 'a' END || '",' || (e.span->>'start') || ','
                            || (e.span->>'length') || ',' || (e.span->>'weight') || ']',
                        ',' ORDER BY e.n) || ']'
                    FROM jsonb_array_elements(evidence::jsonb) WITH ORDINALITY AS e(span, n))
                WHERE evidence ~ '^\[\{\s*"field"\s*:';
                ALTER TABLE paper_tags ENABLE TRIGGER paper_tags_updated, ENABLE TRIGGER paper_tags_updated_from;
                """);

            // Outside the update's transaction, or the rewrite would keep the rows it replaced.
            migrationBuilder.Sql("VACUUM FULL paper_tags", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the object form, each span's text cut from its paper (PostgreSQL counts characters where .NET
            // counts UTF-16 units, so a span after a character outside the BMP would be cut one further on).
            migrationBuilder.Sql(
                """
                ALTER TABLE paper_tags DISABLE TRIGGER paper_tags_updated, DISABLE TRIGGER paper_tags_updated_from;
                UPDATE paper_tags t SET evidence = (
                    SELECT json_agg(json_build_object(
                        'field', s.field, 'start', s.start, 'length', s.length,
                        'text', substr(CASE s.field WHEN 'title' THEN p.title ELSE p.abstract END, s.start + 1, s.length),
                        'weight', s.weight) ORDER BY s.n)::text
                    FROM (SELECT CASE e.span->>0 WHEN 't' THEN 'title' ELSE 'abstract' END AS field, (e.span->>1)::int AS start,
                                 (e.span->>2)::int AS length, e.span->3 AS weight, e.n
                          FROM jsonb_array_elements(t.evidence::jsonb) WITH ORDINALITY AS e(span, n)) AS s)
                FROM papers p
                WHERE p.id = t.paper_id AND t.evidence LIKE '[[%';
                ALTER TABLE paper_tags ENABLE TRIGGER paper_tags_updated, ENABLE TRIGGER paper_tags_updated_from;
                """);
        }
    }
}
