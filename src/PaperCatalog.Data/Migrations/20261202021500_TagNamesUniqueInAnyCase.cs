using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaperCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class TagNamesUniqueInAnyCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // CreateTag refuses a name that exists in any case, but two editors creating one at the same moment
            // would both pass that check; the index settles it. Tags named alike before this check existed keep
            // the oldest its name and the others gain their slug, which is unique, so the index can be built.
            migrationBuilder.Sql(
                """
                UPDATE tags SET name = rtrim(left(name, 100 - length(slug) - 3)) || ' (' || slug || ')'
                WHERE id NOT IN (SELECT min(id) FROM tags GROUP BY lower(name));
                -- In the unlikely case that a new name is itself taken, the id settles it.
                UPDATE tags SET name = rtrim(left(name, 80)) || ' #' || id
                WHERE id NOT IN (SELECT min(id) FROM tags GROUP BY lower(name));
                CREATE UNIQUE INDEX ix_tags_name_lower ON tags (lower(name));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_tags_name_lower;");
        }
    }
}
