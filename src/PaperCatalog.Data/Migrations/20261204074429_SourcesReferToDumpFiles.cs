using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <summary>
    /// A dump file's name and checksum are stored once, in <c>dump_files</c>, and each source refers to its file
    /// (ADR-024). Existing sources keep their file: the first name seen for each checksum.
    /// </summary>
    public partial class SourcesReferToDumpFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dump_files",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    checksum = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dump_files", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dump_files_checksum",
                table: "dump_files",
                column: "checksum",
                unique: true);

            // Numbered in the order the files were first seen, each under the name it first came with.
            migrationBuilder.Sql(
                """
                INSERT INTO dump_files (file_name, checksum)
                SELECT f.file_name, f.file_checksum
                FROM (SELECT DISTINCT ON (file_checksum) id, file_name, file_checksum FROM paper_sources ORDER BY file_checksum, id) f
                ORDER BY f.id;
                ALTER TABLE paper_sources ADD COLUMN dump_file_id integer;
                UPDATE paper_sources s SET dump_file_id = d.id FROM dump_files d WHERE d.checksum = s.file_checksum;
                ALTER TABLE paper_sources ALTER COLUMN dump_file_id SET NOT NULL;
                """);

            migrationBuilder.DropIndex(
                name: "ix_paper_sources_file_checksum_line_number",
                table: "paper_sources");

            migrationBuilder.DropIndex(
                name: "ix_paper_sources_file_name_paper_id",
                table: "paper_sources");

            migrationBuilder.DropIndex(
                name: "ix_paper_sources_paper_id",
                table: "paper_sources");

            migrationBuilder.DropColumn(
                name: "file_checksum",
                table: "paper_sources");

            migrationBuilder.DropColumn(
                name: "file_name",
                table: "paper_sources");

            migrationBuilder.CreateIndex(
                name: "ix_paper_sources_dump_file_id_line_number",
                table: "paper_sources",
                columns: new[] { "dump_file_id", "line_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_paper_sources_paper_id_dump_file_id",
                table: "paper_sources",
                columns: new[] { "paper_id", "dump_file_id" });

            migrationBuilder.AddForeignKey(
                name: "fk_paper_sources_dump_files_dump_file_id",
                table: "paper_sources",
                column: "dump_file_id",
                principalTable: "dump_files",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // Dropped columns keep their bytes in every row, and the update left a dead copy of each: rewrite the
            // table once (outside a transaction, like SearchVectorInRow), so that an existing catalog gets the space back.
            migrationBuilder.Sql("VACUUM FULL paper_sources;", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_paper_sources_dump_files_dump_file_id",
                table: "paper_sources");

            migrationBuilder.DropIndex(
                name: "ix_paper_sources_dump_file_id_line_number",
                table: "paper_sources");

            migrationBuilder.DropIndex(
                name: "ix_paper_sources_paper_id_dump_file_id",
                table: "paper_sources");

            migrationBuilder.Sql(
                """
                ALTER TABLE paper_sources ADD COLUMN file_checksum character varying(64), ADD COLUMN file_name character varying(260);
                UPDATE paper_sources s SET file_checksum = d.checksum, file_name = d.file_name FROM dump_files d WHERE d.id = s.dump_file_id;
                ALTER TABLE paper_sources ALTER COLUMN file_checksum SET NOT NULL, ALTER COLUMN file_name SET NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "dump_file_id",
                table: "paper_sources");

            migrationBuilder.DropTable(
                name: "dump_files");

            migrationBuilder.CreateIndex(
                name: "ix_paper_sources_file_checksum_line_number",
                table: "paper_sources",
                columns: new[] { "file_checksum", "line_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_paper_sources_file_name_paper_id",
                table: "paper_sources",
                columns: new[] { "file_name", "paper_id" });

            migrationBuilder.CreateIndex(
                name: "ix_paper_sources_paper_id",
                table: "paper_sources",
                column: "paper_id");
        }
    }
}
