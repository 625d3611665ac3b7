using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>Importing the five bundled seed dumps into a real PostgreSQL.</summary>
public sealed class SeedImportTests(PostgresServer server)
{
    [Fact]
    public async Task The_five_seeds_give_427_distinct_papers_from_462_records()
    {
        var catalog = await CatalogFixture.CreateAsync(server);

        var summary = await catalog.ImportAsync(TestPaths.Seeds);

        Assert.Equal(ImportStatus.Succeeded, summary.Status);
        Assert.Equal((462, 427, 0, 0, 0), (summary.Parsed, summary.Added, summary.Updated, summary.Unchanged, summary.Rejected));
        await using var db = catalog.CreateDbContext();
        Assert.Equal(427, await db.Papers.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(462, await db.PaperSources.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(9, await db.Papers.CountAsync(p => p.TitleIsDerived, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_paper_seen_in_three_dumps_is_one_paper_with_three_sources_and_the_richest_fields()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);

        await using var db = catalog.CreateDbContext();
        var paper = await db.Papers.Include(p => p.Sources).ThenInclude(s => s.DumpFile)
            .SingleAsync(p => p.Title == "Knowledge Distillation via Token-level Relationship Graph", TestContext.Current.CancellationToken);

        Assert.Equal((new DateOnly(2023, 6, 20), false, 3), (paper.PublishedOn!.Value, paper.PublishedYearInferred, paper.AuthorCount!.Value));
        Assert.StartsWith("Knowledge distillation is a powerful technique for transferring knowledge", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(
            ["001_6e52ae5627ce65b1.txt:71", "003_c08248b6b11df260.txt:309", "004_053d09c472525d2c.txt:53"],
            paper.Sources.Select(s => $"{s.DumpFile!.FileName}:{s.LineNumber}").Order(StringComparer.Ordinal));
        Assert.All(paper.Sources, s => Assert.Equal(64, s.DumpFile!.Checksum.Length));
    }

    [Fact]
    public async Task Unicode_titles_and_organizations_are_stored_as_they_are()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);

        await using var db = catalog.CreateDbContext();
        Assert.True(await db.Papers.AnyAsync(p => p.Title.StartsWith("LLMzSzŁ"), TestContext.Current.CancellationToken));
        var tencent = await db.Papers.SingleAsync(p => p.Organization != null, TestContext.Current.CancellationToken);
        Assert.Equal(("Tencent", 4, new DateOnly(2025, 9, 26), true), (tencent.Organization, tencent.Upvotes, tencent.PublishedOn!.Value, tencent.PublishedYearInferred));
    }

    [Fact]
    public async Task Every_run_records_its_files_with_checksums_and_counts()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var summary = await catalog.ImportAsync(TestPaths.Seeds);

        await using var db = catalog.CreateDbContext();
        var run = await db.ImportRuns.Include(r => r.Files).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(summary.RunId, run.Id);
        Assert.Equal((ImportStatus.Succeeded, "test", 462, 427), (run.Status, run.RequestedBy, run.Parsed, run.Added));
        Assert.Equal(5, run.Files.Count);
        Assert.All(run.Files, f => Assert.Matches("^[0-9a-f]{64}$", f.Checksum));
        Assert.True(run.FinishedAt >= run.StartedAt);
    }
}
