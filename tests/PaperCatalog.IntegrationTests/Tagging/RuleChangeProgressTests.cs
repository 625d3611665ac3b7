using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Importing.Tagging;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Tagging;

/// <summary>A rule change's pass over the catalog says how far it has got, and a cancelled apply changes nothing.</summary>
public sealed class RuleChangeProgressTests(PostgresServer server)
{
    // More papers than one batch of the pass reads, so that it reports between batches too.
    private const int Papers = 4500;

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    // Matches no paper: every automatic distillation tag would go.
    private static readonly TagRule[] NoMatch = [new() { Pattern = @"\bquokka\b", Kind = RuleKind.Evidence, Weight = 2.0 }];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_preview_reports_the_papers_scored_after_every_batch_up_to_the_catalog_s_count()
    {
        var (catalog, tagId) = await CatalogAsync();
        var reports = new List<RuleScoringProgress>();

        await using (var db = catalog.CreateDbContext())
        {
            await RuleChange.PreviewAsync(db, [new RuleEdit(tagId, NoMatch)], new Reports(reports.Add), Cancel);
        }

        Assert.Equal(new RuleScoringProgress(0, Papers), reports[0]);
        Assert.Equal(new RuleScoringProgress(Papers, Papers), reports[^1]);
        Assert.True(reports.Count > 2, $"{reports.Count} reports: none between batches");
        Assert.All(reports.Zip(reports.Skip(1)), static pair => Assert.True(pair.First.Scored < pair.Second.Scored, $"{pair.First} then {pair.Second}"));
    }

    [Theory]
    [InlineData(0)] // before any paper is scored
    [InlineData(Papers)] // once every paper is scored, before any tag is written
    public async Task A_cancelled_apply_stops_and_leaves_the_rules_tags_and_history_as_they_were(int cancelAtScored)
    {
        var (catalog, tagId) = await CatalogAsync();
        var before = await StateAsync(catalog, tagId);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var cancelling = new Reports(p =>
        {
            if (p.Scored == cancelAtScored)
            {
                cancellation.Cancel();
            }
        });

        await using (var db = catalog.CreateDbContext())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                RuleChange.ApplyAsync(db, [new RuleEdit(tagId, NoMatch)], "admin@example.org", Now, cancelling, cancellation.Token));
        }

        Assert.Equal(before, await StateAsync(catalog, tagId));

        // Nothing is left holding the import lock: the same change, not cancelled, goes through.
        await using (var db = catalog.CreateDbContext())
        {
            var applied = await RuleChange.ApplyAsync(db, [new RuleEdit(tagId, NoMatch)], "admin@example.org", Now, progress: null, Cancel);
            Assert.Equal(Papers / 3, applied[tagId].Lost.Count);
        }
    }

    // Every third paper is about distillation, so the shipped rules tag 1,500 of them.
    private async Task<(CatalogFixture Catalog, int DistillationId)> CatalogAsync()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var dump = Path.Combine(TempFolder.Create(), "many-pairs.txt");
        var pairs = Enumerable.Range(1, Papers).Select(static i =>
            $"Region Detectors, Study {i}\n{(i % 3 == 0 ? SinglePaperDump.Distilling : SinglePaperDump.Routing)} Run {i}.\n");
        await File.WriteAllTextAsync(dump, "Subscribe" + string.Concat(pairs), Cancel);
        await catalog.BulkImportAsync(dump);
        await using var db = catalog.CreateDbContext();
        Assert.Equal(Papers, await db.Papers.CountAsync(Cancel));
        return (catalog, await db.Tags.Where(static t => t.Slug == "distillation").Select(static t => t.Id).SingleAsync(Cancel));
    }

    private static async Task<string> StateAsync(CatalogFixture catalog, int tagId)
    {
        await using var db = catalog.CreateDbContext();
        var rules = await db.TagRules.Where(r => r.TagId == tagId).OrderBy(r => r.Id).Select(r => r.Pattern + " " + r.Weight).ToListAsync(Cancel);
        var history = await db.PaperTagChanges.CountAsync(Cancel);
        return $"{string.Join(';', rules)}\nhistory {history}\n{await catalog.SnapshotAsync()}";
    }

    // Reports on the scoring thread itself, in order (Progress<T> would post each report to the thread pool).
    private sealed class Reports(Action<RuleScoringProgress> report) : IProgress<RuleScoringProgress>
    {
        public void Report(RuleScoringProgress value) => report(value);
    }
}
