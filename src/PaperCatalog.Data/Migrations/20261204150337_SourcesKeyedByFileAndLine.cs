using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class SourcesKeyedByFileAndLine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A source's file and line are its key (ADR-026): the unique index on them becomes the primary key as it
            // is, and the surrogate id and its index go, as does seen_at (the run's start says when). CLUSTER
            // rewrites the table, since dropped columns keep their space until then: 163 → about 120 MB a
            // million sources.
            migrationBuilder.Sql(
                """
                ALTER TABLE paper_sources DROP CONSTRAINT pk_paper_sources;
                ALTER TABLE paper_sources DROP COLUMN id, DROP COLUMN seen_at;
                ALTER TABLE paper_sources ADD CONSTRAINT pk_paper_sources PRIMARY KEY USING INDEX ix_paper_sources_dump_file_id_line_number;
                CLUSTER paper_sources USING pk_paper_sources;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_paper_sources",
                table: "paper_sources");

            migrationBuilder.AddColumn<long>(
                name: "id",
                table: "paper_sources",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "seen_at",
                table: "paper_sources",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddPrimaryKey(
                name: "pk_paper_sources",
                table: "paper_sources",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_paper_sources_dump_file_id_line_number",
                table: "paper_sources",
                columns: new[] { "dump_file_id", "line_number" },
                unique: true);
        }
    }
}
