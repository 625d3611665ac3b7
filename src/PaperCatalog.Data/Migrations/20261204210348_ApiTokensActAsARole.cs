using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApiTokensActAsARole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tokens made before the limit did what their owner could: they keep doing so. New ones always name it.
            migrationBuilder.AddColumn<string>(
                name: "acts_as",
                table: "api_tokens",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Admin");
            migrationBuilder.Sql("ALTER TABLE api_tokens ALTER COLUMN acts_as DROP DEFAULT;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "acts_as",
                table: "api_tokens");
        }
    }
}
