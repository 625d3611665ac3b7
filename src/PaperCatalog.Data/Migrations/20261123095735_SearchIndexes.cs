using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_papers_title_trgm",
                table: "papers",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_papers_upvotes_id",
                table: "papers",
                columns: new[] { "upvotes", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_paper_sources_file_name_paper_id",
                table: "paper_sources",
                columns: new[] { "file_name", "paper_id" });

            // "Newest" pages by keyset on this expression (undated papers last); EF cannot model expression indexes.
            migrationBuilder.Sql("CREATE INDEX ix_papers_newest ON papers ((coalesce(published_on, '0001-01-01'::date)) DESC, id DESC);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_papers_newest;");

            migrationBuilder.DropIndex(
                name: "ix_papers_title_trgm",
                table: "papers");

            migrationBuilder.DropIndex(
                name: "ix_papers_upvotes_id",
                table: "papers");

            migrationBuilder.DropIndex(
                name: "ix_paper_sources_file_name_paper_id",
                table: "paper_sources");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
