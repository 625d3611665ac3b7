using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Importing.Tagging;

/// <summary>
/// Scores the whole catalog once against new rules for one or more tags, and tells for each tag which papers would gain
/// it, lose it, or stay without it because an editor rejected it there. Shared by preview and apply.
/// </summary>
internal static class RuleChangeScoring
{
    private const int BatchSize = 2000;

    public static async Task<Dictionary<int, (RuleChangeDiff Diff, Dictionary<long, TagScore> Scores)>> ComputeAsync(
        CatalogDbContext db, IReadOnlyList<RuleEdit> edits, IProgress<RuleScoringProgress>? progress, CancellationToken cancellation)
    {
        var tagIds = edits.Select(static e => e.TagId).ToList();
        var slugs = await db.Tags.AsNoTracking().Where(t => tagIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Slug, cancellation);
        var engine = new TaggingEngine(edits.Select(e => new TagRuleSet(e.TagId, slugs[e.TagId], e.Rules)).ToList());
        var decided = await db.PaperTags.AsNoTracking().Where(t => tagIds.Contains(t.TagId))
            .Select(t => new { t.PaperId, t.TagId, t.Source, t.IsRejected }).ToDictionaryAsync(t => (t.PaperId, t.TagId), t => (t.Source, t.IsRejected), cancellation);
        var tallies = tagIds.ToDictionary(static id => id, static _ => new Tally());
        var total = await db.Papers.CountAsync(cancellation);
        var scoredSoFar = 0;
        progress?.Report(new RuleScoringProgress(0, total));

        long after = 0;
        while (await BatchAfterAsync(db, after, cancellation) is { Count: > 0 } batch)
        {
            // Scored on every core, as a bulk import does (BulkTagger): the rules' patterns take most of the time.
            var scored = new Dictionary<int, TagScore>[batch.Count];
            Parallel.For(0, batch.Count, i =>
                scored[i] = engine.Score(batch[i].Title, batch[i].Abstract, batch[i].TitleIsDerived).Where(static s => s.Applies).ToDictionary(static s => s.TagId));
            foreach (var (paper, applying) in batch.Zip(scored))
            {
                var reference = new PaperRef(paper.Id, paper.Title);
                foreach (var (tagId, tally) in tallies)
                {
                    var (source, rejected) = decided.TryGetValue((paper.Id, tagId), out var d) ? d : ((TagSource?)null, false);
                    tally.Count(reference, source, rejected, applying.GetValueOrDefault(tagId));
                }
            }

            after = batch[^1].Id;
            scoredSoFar += batch.Count;
            progress?.Report(new RuleScoringProgress(scoredSoFar, total));
        }

        return tallies.ToDictionary(static t => t.Key, static t => (t.Value.Diff(), t.Value.Scores));
    }

    private static Task<List<PaperText>> BatchAfterAsync(CatalogDbContext db, long after, CancellationToken cancellation) =>
        db.Papers.AsNoTracking().Where(p => p.Id > after).OrderBy(p => p.Id).Take(BatchSize)
            .Select(p => new PaperText(p.Id, p.Title, p.Abstract, p.TitleIsDerived)).ToListAsync(cancellation);

    private sealed record PaperText(long Id, string Title, string Abstract, bool TitleIsDerived);

    private sealed class Tally
    {
        private readonly List<PaperRef> _gained = [];
        private readonly List<PaperRef> _lost = [];
        private readonly List<PaperRef> _heldOff = [];

        public Dictionary<long, TagScore> Scores { get; } = [];

        public void Count(PaperRef paper, TagSource? source, bool rejected, TagScore? score)
        {
            if (source == TagSource.Manual)
            {
                if (rejected && score is not null)
                {
                    _heldOff.Add(paper);
                }

                return;
            }

            if (score is not null)
            {
                Scores[paper.Id] = score;
                if (source is null)
                {
                    _gained.Add(paper);
                }
            }
            else if (source == TagSource.Automatic)
            {
                _lost.Add(paper);
            }
        }

        public RuleChangeDiff Diff() => new(_gained, _lost, Scores.Count, _heldOff);
    }
}
