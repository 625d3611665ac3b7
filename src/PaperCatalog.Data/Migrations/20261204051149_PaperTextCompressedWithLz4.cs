using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class PaperTextCompressedWithLz4 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Only values written from now on are compressed with lz4; stored ones stay as they are (ADR-023).
            // A server built without lz4 refuses the method: it keeps pglz rather than fail the start.
            migrationBuilder.Sql(
                """
                DO $$
                BEGIN
                    ALTER TABLE papers
                        ALTER COLUMN title SET COMPRESSION lz4,
                        ALTER COLUMN abstract SET COMPRESSION lz4,
                        ALTER COLUMN search_vector SET COMPRESSION lz4;
                EXCEPTION WHEN feature_not_supported THEN
                    RAISE NOTICE 'This PostgreSQL has no lz4: paper text stays compressed with pglz.';
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                ALTER TABLE papers
                    ALTER COLUMN title SET COMPRESSION default,
                    ALTER COLUMN abstract SET COMPRESSION default,
                    ALTER COLUMN search_vector SET COMPRESSION default;
                """);
        }
    }
}
