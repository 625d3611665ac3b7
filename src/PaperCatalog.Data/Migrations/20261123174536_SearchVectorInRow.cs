using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchVectorInRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "papers")
                .Annotation("Npgsql:StorageParameter:toast_tuple_target", 4080);

            // The setting only shapes rows written from now on: rewrite the existing ones once. VACUUM FULL cannot
            // run in a transaction; it locks the table while it runs (about 40 s per 100,000 papers).
            migrationBuilder.Sql("VACUUM FULL papers;", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "papers")
                .OldAnnotation("Npgsql:StorageParameter:toast_tuple_target", 4080);
        }
    }
}
