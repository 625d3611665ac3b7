using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Papers;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>Importing again: nothing changes unless the dump changed.</summary>
public sealed class ReimportTests(PostgresServer server)
{
    [Fact]
    public async Task Reimporting_the_seeds_changes_nothing_and_says_so()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var first = await catalog.ImportAsync(TestPaths.Seeds);
        var before = await catalog.SnapshotAsync();

        var second = await catalog.ImportAsync(TestPaths.Seeds);

        Assert.Equal((0, 0, 427), (second.Added, second.Updated, second.Unchanged));
        Assert.True(second.NothingNew);
        Assert.All(second.Files, f => Assert.Equal(first.RunId, f.PreviouslyImportedInRun));
        Assert.Equal(before, await catalog.SnapshotAsync());
    }

    [Fact]
    public async Task A_changed_abstract_updates_the_paper_and_counts_as_updated()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var folder = TempFolder.Create();
        var original = Path.Combine(folder, "pairs.txt");
        await File.WriteAllTextAsync(original, Pairs("The first version of the abstract, which says what the paper does in many words."), TestContext.Current.CancellationToken);
        await catalog.ImportAsync(original);

        await File.WriteAllTextAsync(original, Pairs("The corrected version of the abstract, which says what the paper really does in many words."), TestContext.Current.CancellationToken);
        var summary = await catalog.ImportAsync(original);

        Assert.Equal((0, 1, 1), (summary.Added, summary.Updated, summary.Unchanged));
        var change = Assert.Single(summary.Changes);
        Assert.Equal(("Changing Paper", PaperField.Abstract), (change.Title, Assert.Single(change.Fields).Field));
        await using var db = catalog.CreateDbContext();
        var paper = await db.Papers.Include(p => p.Sources).SingleAsync(p => p.Title == "Changing Paper", TestContext.Current.CancellationToken);
        Assert.StartsWith("The corrected version", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(2, paper.Sources.Count);
    }

    [Fact]
    public async Task Manual_tag_decisions_survive_a_reimport()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);
        await using (var db = catalog.CreateDbContext())
        {
            var tag = await db.Tags.SingleAsync(t => t.Slug == "distillation", TestContext.Current.CancellationToken);
            var paper = await db.Papers.FirstAsync(p => p.Title.StartsWith("BD-KD"), TestContext.Current.CancellationToken);
            var automatic = await db.PaperTags.SingleAsync(t => t.PaperId == paper.Id && t.TagId == tag.Id, TestContext.Current.CancellationToken);
            db.PaperTags.Remove(automatic);
            db.PaperTags.Add(new PaperTag { PaperId = paper.Id, TagId = tag.Id, Source = TagSource.Manual, IsRejected = true, Confidence = 1, DecidedBy = "editor@example.org", UpdatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var before = await catalog.SnapshotAsync();
        await catalog.ImportAsync(TestPaths.Seeds);

        Assert.Equal(before, await catalog.SnapshotAsync());
    }

    [Fact]
    public async Task An_untitled_abstract_equal_to_a_titled_papers_abstract_merges_into_it()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seed("002"));
        var abstractText = File.ReadLines(TestPaths.Seed("002")).ElementAt(3);
        var file = Path.Combine(TempFolder.Create(), "untitled.txt");
        await File.WriteAllTextAsync(file, "Abstract:" + abstractText + "\n", TestContext.Current.CancellationToken);

        var summary = await catalog.ImportAsync(file);

        Assert.Equal((0, 1), (summary.Added, summary.Unchanged));
        await using var db = catalog.CreateDbContext();
        var paper = await db.Papers.Include(p => p.Sources).ThenInclude(s => s.DumpFile).SingleAsync(p => p.Abstract == abstractText, TestContext.Current.CancellationToken);
        Assert.Equal("PELA: Learning Parameter-Efficient Models with Low-Rank Approximation", paper.Title);
        Assert.Contains(paper.Sources, s => s.DumpFile!.FileName == "untitled.txt");
    }

    private static string Pairs(string abstractText) =>
        $"Get trending papers in your email inbox!\nSubscribeChanging Paper\n{abstractText}\nSteady Paper\nAn abstract that never changes between the two versions of this dump file.\n";
}
