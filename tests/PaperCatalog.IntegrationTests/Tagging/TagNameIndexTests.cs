using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tags;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Tagging;

/// <summary>No two tags share a name in any case, even when two editors create one at the same moment.</summary>
public sealed class TagNameIndexTests(PostgresServer server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_database_refuses_a_second_tag_whose_name_differs_only_in_case()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await using var db = catalog.CreateDbContext();
        db.Tags.Add(new Tag { Slug = "benchmarks", Name = "Benchmarks" });
        await db.SaveChangesAsync(Cancellation);

        db.Tags.Add(new Tag { Slug = "benchmarks-2", Name = "BENCHMARKS" });
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancellation));

        var postgres = Assert.IsType<PostgresException>(refused.InnerException);
        Assert.Equal((PostgresErrorCodes.UniqueViolation, "ix_tags_name_lower"), (postgres.SqlState, postgres.ConstraintName));
    }

    [Fact]
    public async Task The_migration_keeps_the_oldest_name_and_gives_later_namesakes_their_slug()
    {
        var connectionString = await server.CreateEmptyDatabaseAsync();
        await using (var db = new CatalogDbContext(CatalogDbContextOptions.For(connectionString)))
        {
            await db.GetService<IMigrator>().MigrateAsync("SearchVectorsComputedAhead", Cancellation);
            db.Tags.AddRange(
                new Tag { Slug = "benchmarks", Name = "Benchmarks" },
                new Tag { Slug = "benchmark-suites", Name = "benchmarks" },
                new Tag { Slug = "other", Name = "Other" });
            await db.SaveChangesAsync(Cancellation);
        }

        await CatalogDatabase.MigrateAsync(connectionString, Cancellation);

        await using var migrated = new CatalogDbContext(CatalogDbContextOptions.For(connectionString));
        var names = await migrated.Tags.Where(t => t.Slug == "benchmarks" || t.Slug == "benchmark-suites" || t.Slug == "other")
            .OrderBy(t => t.Slug).Select(t => t.Name).ToListAsync(Cancellation);
        Assert.Equal(["benchmarks (benchmark-suites)", "Benchmarks", "Other"], names);
    }
}
