using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchVectorsComputedAhead : Migration
    {
        private const string Vector =
            "setweight(to_tsvector('english'::regconfig, CASE WHEN title_is_derived THEN '' ELSE title END), 'A') || " +
            "setweight(to_tsvector('english'::regconfig, abstract), 'B')";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A generated column is computed by the statement that writes the row, on one core. The bulk import
            // now computes the vectors of its new papers ahead, on its own connections while the merge matches
            // and tags (StagedSearchVectors), and writes them with the rows. Every other writer
            // (the standard import, editors, psql) leaves the column alone and the triggers compute it, so a row's
            // vector always comes from paper_search_vector over its own text. Existing vectors are kept as they are.
            migrationBuilder.Sql(
                $"""
                CREATE FUNCTION paper_search_vector(title text, title_is_derived boolean, abstract text) RETURNS tsvector
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE
                    RETURN {Vector};
                ALTER TABLE papers ALTER COLUMN search_vector DROP EXPRESSION;
                CREATE FUNCTION papers_compute_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.search_vector := paper_search_vector(NEW.title, NEW.title_is_derived, NEW.abstract);
                    RETURN NEW;
                END $$;
                CREATE TRIGGER papers_search_vector_inserted BEFORE INSERT ON papers
                    FOR EACH ROW WHEN (NEW.search_vector IS NULL) EXECUTE FUNCTION papers_compute_search_vector();
                -- Only updates that name these columns: papers' rows change often (tag ids, upvotes), and comparing
                -- a row's text and vector on each of those would cost for nothing.
                CREATE TRIGGER papers_search_vector_changed BEFORE UPDATE OF title, title_is_derived, abstract, search_vector ON papers
                    FOR EACH ROW WHEN (NEW.title IS DISTINCT FROM OLD.title OR NEW.title_is_derived IS DISTINCT FROM OLD.title_is_derived
                                       OR NEW.abstract IS DISTINCT FROM OLD.abstract OR NEW.search_vector IS DISTINCT FROM OLD.search_vector)
                    EXECUTE FUNCTION papers_compute_search_vector();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                $"""
                -- Dropping the column drops its index too, and adding the generated column rewrites the table;
                -- start-up (RumIndex.EnsureAsync) then builds RUM where the server has it.
                DROP TRIGGER papers_search_vector_changed ON papers;
                DROP TRIGGER papers_search_vector_inserted ON papers;
                DROP FUNCTION papers_compute_search_vector();
                ALTER TABLE papers DROP COLUMN search_vector;
                ALTER TABLE papers ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({Vector}) STORED;
                CREATE INDEX ix_papers_search_vector ON papers USING gin (search_vector);
                DROP FUNCTION paper_search_vector(text, boolean, text);
                """);
        }
    }
}
