using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <summary>
    /// Title and abstract keys become 128-bit fingerprints stored as <c>uuid</c> (ADR-025). A title key was the
    /// folded title: its fingerprint is what <c>PaperKeys.ForTitle</c> gives for that title. An abstract key was
    /// the fingerprint already, as hex.
    /// </summary>
    public partial class TitleAndAbstractKeysAsUuids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rewrites papers and rebuilds its indexes, with the table locked (about 50 s per 100,000 papers).
            migrationBuilder.Sql(
                """
                ALTER TABLE papers
                    ALTER COLUMN title_key TYPE uuid USING substr(encode(sha256(convert_to(title_key, 'UTF8')), 'hex'), 1, 32)::uuid,
                    ALTER COLUMN abstract_key TYPE uuid USING abstract_key::uuid;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The folded titles are gone, and keys made up from the titles in SQL would not match what the earlier
            // version folds: its next import would add every paper again.
            migrationBuilder.Sql(
                """
                DO $$ BEGIN
                    RAISE EXCEPTION 'TitleAndAbstractKeysAsUuids cannot be undone: the folded titles it replaced are not kept. Restore a backup taken before it instead.';
                END $$;
                """);
        }
    }
}
