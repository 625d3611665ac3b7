using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Papers;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Importing;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Tagging;

/// <summary>Re-tagging an updated paper changes its automatic tags and never an editor's decisions.</summary>
public sealed class ManualDecisionTests(PostgresServer server)
{
    private const string BdKd = "BD-KD: Balancing the Divergences for Online Knowledge Distillation";
    private static readonly DateTimeOffset Decided = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Manual_decisions_survive_a_reimport_that_updates_and_retags_the_paper()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);
        long paperId;
        string abstractText;
        await using (var db = catalog.CreateDbContext())
        {
            var paper = await db.Papers.SingleAsync(p => p.Title == BdKd, TestContext.Current.CancellationToken);
            (paperId, abstractText) = (paper.Id, paper.Abstract);
            Assert.Equal(TagSource.Automatic, (await TagRows.OfPaperAsync(db, paperId))["distillation"].Source);

            // An editor rejects the automatic distillation tag and adds continual learning, which the rules do not find.
            db.PaperTags.Remove(await db.PaperTags.SingleAsync(t => t.PaperId == paperId && t.Tag!.Slug == "distillation", TestContext.Current.CancellationToken));
            db.PaperTags.Add(Manual(paperId, await TagRows.TagIdAsync(db, "distillation"), rejected: true, "Editor: about divergences, not a distillation method."));
            db.PaperTags.Add(Manual(paperId, await TagRows.TagIdAsync(db, "continual-learning"), rejected: false, "Editor: online learning setting."));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var before = await TagRowsAsync(catalog, paperId);
        var reimportStarted = DateTimeOffset.UtcNow;

        // The same paper captured later with 42 upvotes: the import updates it, so the tagger scores it again.
        var summary = await catalog.ImportAsync(await DailyPapersFileAsync(BdKd, abstractText, upvotes: 42));

        var change = Assert.Single(summary.Changes);
        Assert.Equal((PaperChangeKind.Updated, BdKd, PaperField.Upvotes), (change.Kind, change.Title, Assert.Single(change.Fields).Field));
        var after = await TagRowsAsync(catalog, paperId);
        Assert.Equal(before["distillation"], after["distillation"]);
        Assert.Equal(before["continual-learning"], after["continual-learning"]);
        var automatic = after.Values.Where(static t => t.Source == TagSource.Automatic).ToList();
        Assert.NotEmpty(automatic);
        Assert.All(automatic, t => Assert.True(t.UpdatedAt >= reimportStarted.AddSeconds(-1), $"{t.Slug} was not re-tagged."));
    }

    [Fact]
    public async Task An_updated_paper_loses_the_automatic_tag_its_new_abstract_no_longer_supports_and_gains_the_new_one()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var file = await SinglePaperDump.WriteAsync(SinglePaperDump.Distilling);
        await catalog.ImportAsync(file);
        Assert.Equal(["distillation"], await SlugsAsync(catalog));

        await SinglePaperDump.WriteAsync(SinglePaperDump.Routing, file);
        var summary = await catalog.ImportAsync(file);

        Assert.Equal(1, summary.Updated);
        Assert.Equal(["mixture-of-experts"], await SlugsAsync(catalog));
    }

    [Fact]
    public async Task A_manual_rejection_keeps_the_tag_off_a_paper_whose_new_abstract_is_all_about_it()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var file = await SinglePaperDump.WriteAsync(SinglePaperDump.Routing);
        await catalog.ImportAsync(file);
        await using (var db = catalog.CreateDbContext())
        {
            var paperId = await db.Papers.Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
            db.PaperTags.Add(Manual(paperId, await TagRows.TagIdAsync(db, "distillation"), rejected: true, "Editor: no."));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await SinglePaperDump.WriteAsync(SinglePaperDump.Distilling, file);
        await catalog.ImportAsync(file);

        await using var check = catalog.CreateDbContext();
        var distillation = Assert.Single(await check.PaperTags.Where(t => t.Tag!.Slug == "distillation").ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal((TagSource.Manual, true, "Editor: no."), (distillation.Source, distillation.IsRejected, distillation.Evidence));
    }

    [Fact]
    public async Task A_confirmed_tag_keeps_its_decision_and_finds_its_evidence_again_in_the_paper_s_new_text()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var file = await SinglePaperDump.WriteAsync(SinglePaperDump.Distilling);
        await catalog.ImportAsync(file);
        await using (var db = catalog.CreateDbContext())
        {
            // As the review page confirms: the row becomes the editor's, its evidence as it was shown.
            var tag = await db.PaperTags.SingleAsync(t => t.Tag!.Slug == "distillation", TestContext.Current.CancellationToken);
            (tag.Source, tag.Confidence, tag.DecidedBy, tag.UpdatedAt) = (TagSource.Manual, 1, "editor@example.org", Decided);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        // A new first sentence moves every phrase: evidence kept at its old offsets would mark the wrong words.
        await SinglePaperDump.WriteAsync("Detectors are slow on phones and we ask why. " + SinglePaperDump.Distilling, file);
        await catalog.ImportAsync(file);
        var moved = await ConfirmedDistillationAsync(catalog);
        Assert.Contains("knowledge distillation", moved.Phrases);
        Assert.All(moved.Phrases, phrase => Assert.Matches("(?i)distil|teacher|student", phrase));

        await SinglePaperDump.WriteAsync(SinglePaperDump.Routing, file);
        await catalog.ImportAsync(file);
        Assert.Empty((await ConfirmedDistillationAsync(catalog)).Phrases);
    }

    // The paper's distillation tag, which must still be the editor's confirmation, and its evidence read against the paper's text.
    private static async Task<(PaperTag Tag, List<string> Phrases)> ConfirmedDistillationAsync(CatalogFixture catalog)
    {
        await using var db = catalog.CreateDbContext();
        var paper = await db.Papers.SingleAsync(TestContext.Current.CancellationToken);
        var tag = await db.PaperTags.SingleAsync(t => t.Tag!.Slug == "distillation", TestContext.Current.CancellationToken);
        Assert.Equal((TagSource.Manual, false, "editor@example.org", Decided), (tag.Source, tag.IsRejected, tag.DecidedBy, tag.UpdatedAt));
        return (tag, EvidenceSpan.Parse(tag.Evidence, paper.Title, paper.Abstract).Select(static e => e.Text).ToList());
    }

    private static PaperTag Manual(long paperId, int tagId, bool rejected, string note) =>
        new() { PaperId = paperId, TagId = tagId, Source = TagSource.Manual, IsRejected = rejected, Confidence = 1, Evidence = note, DecidedBy = "editor@example.org", UpdatedAt = Decided };

    private static async Task<string> DailyPapersFileAsync(string title, string abstractText, int upvotes)
    {
        var file = Path.Combine(TempFolder.Create(), "daily-papers-later.txt");
        await File.WriteAllTextAsync(file, $"Daily Papers\nNov 6\n{title}\n{abstractText}\n  • 5 authors\n·\nDec 25, 2022 {upvotes}\n", TestContext.Current.CancellationToken);
        return file;
    }

    private static async Task<Dictionary<string, TagRow>> TagRowsAsync(CatalogFixture catalog, long paperId)
    {
        await using var db = catalog.CreateDbContext();
        return await TagRows.OfPaperAsync(db, paperId);
    }

    private static async Task<List<string>> SlugsAsync(CatalogFixture catalog)
    {
        await using var db = catalog.CreateDbContext();
        return await db.PaperTags.Select(t => t.Tag!.Slug).OrderBy(s => s).ToListAsync(TestContext.Current.CancellationToken);
    }
}
