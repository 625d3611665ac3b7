using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class TitleSuggestionsThroughTheTextIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "Did you mean" titles come from the search vector's index now (ADR-026): this index was 180 MB of a
            // 1,000,000-paper catalog, and the lookup it served ran out of its 300 ms budget at that size.
            migrationBuilder.DropIndex(
                name: "ix_papers_title_trgm",
                table: "papers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_papers_title_trgm",
                table: "papers",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }
    }
}
