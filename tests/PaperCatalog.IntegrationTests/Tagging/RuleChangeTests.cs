using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Importing.Tagging;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;
using PaperCatalog.Web.Features.Admin.Rules;

namespace PaperCatalog.IntegrationTests.Tagging;

/// <summary>Editing tags' rules: the preview is what applying does, several tags change together or not at all, and manual decisions never change.</summary>
public sealed class RuleChangeTests(PostgresServer server)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    // Narrower than the shipped rules: only the word "distill…" itself counts, not teachers and students.
    private static readonly TagRule[] TitleOnly = [new() { Pattern = @"^.*\bdistill\w*", Kind = RuleKind.Evidence, Weight = 2.0 }];

    [Fact]
    public async Task The_preview_lists_exactly_the_papers_that_applying_changes()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);
        var tagId = await TagIdAsync(catalog, "distillation");
        var before = await AutomaticAsync(catalog, tagId);

        RuleChangeDiff preview;
        await using (var db = catalog.CreateDbContext())
        {
            preview = await RuleChange.PreviewAsync(db, tagId, TitleOnly, TestContext.Current.CancellationToken);
        }

        Assert.Equal(before, await AutomaticAsync(catalog, tagId));
        await using (var db = catalog.CreateDbContext())
        {
            var applied = await RuleChange.ApplyAsync(db, tagId, TitleOnly, "admin@example.org", Now, TestContext.Current.CancellationToken);
            Assert.Equal(preview.Gained.Select(p => p.Id), applied.Gained.Select(p => p.Id));
            Assert.Equal(preview.Lost.Select(p => p.Id), applied.Lost.Select(p => p.Id));
        }

        var after = await AutomaticAsync(catalog, tagId);
        Assert.NotEmpty(preview.Lost);
        Assert.Equal(before.Except(preview.Lost.Select(p => p.Id)).Union(preview.Gained.Select(p => p.Id)).Order(), after.Order());
        Assert.Equal(preview.AutomaticTotal, after.Count);
        await using var check = catalog.CreateDbContext();
        Assert.Equal(preview.Lost.Count, await check.PaperTagChanges.CountAsync(c => c.TagId == tagId && c.Kind == TagChangeKind.RulesRemoved, TestContext.Current.CancellationToken));
        Assert.Equal(TitleOnly[0].Pattern, (await check.TagRules.SingleAsync(r => r.TagId == tagId, TestContext.Current.CancellationToken)).Pattern);
    }

    [Fact]
    public async Task Manual_decisions_survive_a_rule_change_in_both_directions()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);
        var tagId = await TagIdAsync(catalog, "distillation");
        long rejectedPaper, keptPaper;
        await using (var db = catalog.CreateDbContext())
        {
            // A title "distillation" paper the editor rejected, and an abstract-only one the editor applied.
            rejectedPaper = await db.Papers.Where(p => p.Title.StartsWith("BD-KD")).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
            keptPaper = await db.PaperTags.Where(t => t.TagId == tagId && t.Source == TagSource.Automatic)
                .Join(db.Papers, t => t.PaperId, p => p.Id, (t, p) => p).Where(p => !EF.Functions.ILike(p.Title, "%distil%")).Select(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);
            foreach (var (paperId, rejected) in new[] { (rejectedPaper, true), (keptPaper, false) })
            {
                var row = await db.PaperTags.SingleAsync(t => t.PaperId == paperId && t.TagId == tagId, TestContext.Current.CancellationToken);
                (row.Source, row.IsRejected, row.DecidedBy) = (TagSource.Manual, rejected, "editor@example.org");
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var db = catalog.CreateDbContext())
        {
            var applied = await RuleChange.ApplyAsync(db, tagId, TitleOnly, "admin@example.org", Now, TestContext.Current.CancellationToken);

            // The rules match the rejected paper's title, and the preview says why it stays without the tag.
            Assert.Equal([rejectedPaper], applied.HeldOff.Select(static p => p.Id));
        }

        await using var check = catalog.CreateDbContext();
        var rows = await check.PaperTags.Where(t => t.TagId == tagId && (t.PaperId == rejectedPaper || t.PaperId == keptPaper)).ToDictionaryAsync(t => t.PaperId, TestContext.Current.CancellationToken);
        Assert.Equal((TagSource.Manual, true), (rows[rejectedPaper].Source, rows[rejectedPaper].IsRejected));
        Assert.Equal((TagSource.Manual, false), (rows[keptPaper].Source, rows[keptPaper].IsRejected));
    }

    [Fact]
    public async Task Edits_of_several_tags_preview_and_apply_together_as_each_alone_would_and_all_or_none()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);
        var (distillation, transfer) = (await TagIdAsync(catalog, "distillation"), await TagIdAsync(catalog, "transfer-learning"));
        TagRule[] crossLingualOnly = [new() { Pattern = @"\bcross-lingual transfer", Kind = RuleKind.Evidence, Weight = 2.0 }];
        RuleEdit[] edits = [new(distillation, TitleOnly), new(transfer, crossLingualOnly)];
        var cancellation = TestContext.Current.CancellationToken;
        IReadOnlyDictionary<int, RuleChangeDiff> together;
        RuleChangeDiff[] alone;
        await using (var db = catalog.CreateDbContext())
        {
            together = await RuleChange.PreviewAsync(db, edits, progress: null, cancellation);
            alone = [await RuleChange.PreviewAsync(db, distillation, TitleOnly, cancellation), await RuleChange.PreviewAsync(db, transfer, crossLingualOnly, cancellation)];
        }

        Assert.Equal(alone.Select(Ids), edits.Select(e => Ids(together[e.TagId])));
        Assert.All(alone, static diff => Assert.NotEmpty(diff.Lost));
        var before = (string.Join(',', await AutomaticAsync(catalog, distillation)), string.Join(',', await AutomaticAsync(catalog, transfer)));

        // A rule the database refuses (its note is over 500 characters) fails the whole change, the first tag's part too.
        RuleEdit[] broken = [edits[0], new(transfer, [new() { Pattern = @"\btransfer\b", Kind = RuleKind.Evidence, Weight = 2.0, Note = new string('n', 501) }])];
        await using (var db = catalog.CreateDbContext())
        {
            await Assert.ThrowsAsync<DbUpdateException>(() => RuleChange.ApplyAsync(db, broken, "admin@example.org", Now, progress: null, cancellation));
        }

        Assert.Equal(before, (string.Join(',', await AutomaticAsync(catalog, distillation)), string.Join(',', await AutomaticAsync(catalog, transfer))));
        await using (var db = catalog.CreateDbContext())
        {
            var applied = await RuleChange.ApplyAsync(db, edits, "admin@example.org", Now, progress: null, cancellation);
            Assert.Equal(edits.Select(e => Ids(together[e.TagId])), edits.Select(e => Ids(applied[e.TagId])));
        }

        foreach (var edit in edits)
        {
            Assert.Equal(together[edit.TagId].AutomaticTotal, (await AutomaticAsync(catalog, edit.TagId)).Count);
        }

        await using var check = catalog.CreateDbContext();
        Assert.Equal(crossLingualOnly[0].Pattern, (await check.TagRules.SingleAsync(r => r.TagId == transfer, cancellation)).Pattern);
    }

    [Fact]
    public async Task Applying_rules_that_score_every_tag_as_before_rewrites_no_tag()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);
        var tagId = await TagIdAsync(catalog, "distillation");
        var before = await TaggedAtAsync(catalog, tagId);

        await using (var db = catalog.CreateDbContext())
        {
            var applied = await RuleChange.ApplyAsync(db, tagId, TaxonomySeeder.ShippedRules("distillation"), "admin@example.org", Now, TestContext.Current.CancellationToken);
            Assert.Equal((0, 0), (applied.Gained.Count, applied.Lost.Count));
        }

        Assert.Equal(before, await TaggedAtAsync(catalog, tagId));
        Assert.DoesNotContain(Now.ToString("O", CultureInfo.InvariantCulture), before, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"(a+)+\1", "could backtrack")]
    [InlineData(@"(?<=un)like", "could backtrack")]
    [InlineData(@"distill(", "not a valid regular expression")]
    [InlineData(@"\b", "matches empty text")]
    public void Unsafe_or_broken_patterns_are_refused_before_anything_runs(string pattern, string message)
    {
        var problems = EditTagRules.Problems([new EditableRule { Pattern = pattern, Kind = RuleKind.Evidence, Weight = 1 }]);

        Assert.Contains(message, Assert.Single(problems).Value, StringComparison.Ordinal);
    }

    // Compared as text: it says which part differs when a test fails.
    private static string Ids(RuleChangeDiff diff) =>
        $"gained {string.Join(',', diff.Gained.Select(static p => p.Id))}; lost {string.Join(',', diff.Lost.Select(static p => p.Id))}; " +
        $"held off {string.Join(',', diff.HeldOff.Select(static p => p.Id))}; total {diff.AutomaticTotal}";

    // Each automatic tag's paper and time, as text: equal only if no row was rewritten.
    private static async Task<string> TaggedAtAsync(CatalogFixture catalog, int tagId)
    {
        await using var db = catalog.CreateDbContext();
        var rows = await db.PaperTags.Where(t => t.TagId == tagId && t.Source == TagSource.Automatic).OrderBy(t => t.PaperId)
            .Select(t => new { t.PaperId, t.UpdatedAt }).ToListAsync(TestContext.Current.CancellationToken);
        return string.Join('\n', rows.Select(static r => FormattableString.Invariant($"{r.PaperId} {r.UpdatedAt.ToUniversalTime():O}")));
    }

    private static async Task<int> TagIdAsync(CatalogFixture catalog, string slug)
    {
        await using var db = catalog.CreateDbContext();
        return await db.Tags.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<List<long>> AutomaticAsync(CatalogFixture catalog, int tagId)
    {
        await using var db = catalog.CreateDbContext();
        return await db.PaperTags.Where(t => t.TagId == tagId && t.Source == TagSource.Automatic).Select(t => t.PaperId).OrderBy(id => id).ToListAsync(TestContext.Current.CancellationToken);
    }
}
