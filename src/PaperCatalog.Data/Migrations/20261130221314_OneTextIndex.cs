using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class OneTextIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The GIN index leaves the model but not the database here: RumIndex.EnsureAsync, which runs after the
            // migrations, drops it once the RUM index is built and keeps it on a server without RUM (ADR-016).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_papers_search_vector ON papers USING gin (search_vector);");
        }
    }
}
