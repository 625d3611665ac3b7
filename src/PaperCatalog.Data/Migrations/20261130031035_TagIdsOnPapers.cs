using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class TagIdsOnPapers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // paper_tags stays the record of every tag; papers.tag_ids copies its applied tags, outside the EF
            // model: written only by these triggers, read only by search SQL (ADR-013). Statement triggers with
            // transition tables: a COPY of 400,000 tags costs one set-based update, and a writer that already
            // stored the right ids (the bulk import) costs no row write. Rows are locked before the ids are
            // read again, so two editors tagging one paper at once cannot leave the ids of the snapshot the
            // first one read; writers that change many papers' tags lock them in id order first (PaperRowLocks).
            migrationBuilder.Sql(
                """
                ALTER TABLE papers ADD COLUMN tag_ids integer[] NOT NULL DEFAULT '{}';
                CREATE FUNCTION papers_sync_tag_ids() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM 1 FROM papers p
                    WHERE p.id IN (SELECT paper_id FROM changed)
                      AND p.tag_ids IS DISTINCT FROM coalesce((SELECT array_agg(pt.tag_id ORDER BY pt.tag_id) FROM paper_tags pt WHERE pt.paper_id = p.id AND NOT pt.is_rejected), '{}')
                    ORDER BY p.id FOR NO KEY UPDATE OF p;
                    IF FOUND THEN
                        UPDATE papers p SET tag_ids = applied.ids
                        FROM (SELECT c.paper_id, coalesce((SELECT array_agg(pt.tag_id ORDER BY pt.tag_id) FROM paper_tags pt WHERE pt.paper_id = c.paper_id AND NOT pt.is_rejected), '{}') AS ids
                              FROM (SELECT DISTINCT paper_id FROM changed) c) applied
                        WHERE p.id = applied.paper_id AND p.tag_ids IS DISTINCT FROM applied.ids;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER paper_tags_inserted AFTER INSERT ON paper_tags REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION papers_sync_tag_ids();
                CREATE TRIGGER paper_tags_updated AFTER UPDATE ON paper_tags REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION papers_sync_tag_ids();
                -- An update that moves a row to another paper changes the paper it left too.
                CREATE TRIGGER paper_tags_updated_from AFTER UPDATE ON paper_tags REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION papers_sync_tag_ids();
                CREATE TRIGGER paper_tags_deleted AFTER DELETE ON paper_tags REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION papers_sync_tag_ids();
                UPDATE papers p SET tag_ids = applied.ids
                FROM (SELECT paper_id, array_agg(tag_id ORDER BY tag_id) AS ids FROM paper_tags WHERE NOT is_rejected GROUP BY paper_id) applied
                WHERE p.id = applied.paper_id;
                CREATE INDEX ix_papers_tag_ids ON papers USING gin (tag_ids);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP TRIGGER paper_tags_inserted ON paper_tags;
                DROP TRIGGER paper_tags_updated ON paper_tags;
                DROP TRIGGER paper_tags_updated_from ON paper_tags;
                DROP TRIGGER paper_tags_deleted ON paper_tags;
                DROP FUNCTION papers_sync_tag_ids();
                ALTER TABLE papers DROP COLUMN tag_ids;
                """);
        }
    }
}
