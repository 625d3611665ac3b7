using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class TitleWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "Did you mean" corrects a search's words against the words of the catalog's titles. Looking for them
            // in the titles themselves shared trigrams with most of a 2,500,000-paper catalog and ran out of its
            // budget; these are 290,000 words there. Triggers keep the list for every writer (both import paths,
            // editors, psql): a statement trigger for inserts, so a bulk load costs one set-based insert, and a row
            // trigger for titles that change. Words are never removed: a word whose last paper went away is still
            // spelled right.
            migrationBuilder.Sql(
                """
                CREATE TABLE title_words (word text PRIMARY KEY);
                CREATE INDEX ix_title_words_trgm ON title_words USING gin (word gin_trgm_ops);
                CREATE FUNCTION title_words_of(title text) RETURNS SETOF text LANGUAGE sql STABLE AS $$
                    SELECT DISTINCT lower(w) FROM regexp_split_to_table(title, '[^[:alnum:]]+') AS w WHERE length(w) > 2
                $$;
                CREATE FUNCTION papers_collect_inserted_title_words() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO title_words (word)
                    SELECT DISTINCT w FROM inserted, title_words_of(inserted.title) AS w WHERE NOT inserted.title_is_derived
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;
                CREATE FUNCTION papers_collect_changed_title_words() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO title_words (word) SELECT w FROM title_words_of(NEW.title) AS w ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER papers_title_words_inserted AFTER INSERT ON papers
                    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION papers_collect_inserted_title_words();
                -- A row trigger: transition tables cannot be limited to a column, and papers' rows change often
                -- (tags, upvotes) while their titles seldom do.
                CREATE TRIGGER papers_title_words_changed AFTER UPDATE OF title, title_is_derived ON papers
                    FOR EACH ROW WHEN (NOT NEW.title_is_derived AND (NEW.title IS DISTINCT FROM OLD.title OR OLD.title_is_derived))
                    EXECUTE FUNCTION papers_collect_changed_title_words();
                INSERT INTO title_words (word)
                SELECT DISTINCT w FROM papers, title_words_of(papers.title) AS w WHERE NOT papers.title_is_derived;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP TRIGGER papers_title_words_inserted ON papers;
                DROP TRIGGER papers_title_words_changed ON papers;
                DROP FUNCTION papers_collect_inserted_title_words();
                DROP FUNCTION papers_collect_changed_title_words();
                DROP FUNCTION title_words_of(text);
                DROP TABLE title_words;
                """);
        }
    }
}
