using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Importing.Tagging;

/// <summary>
/// Edits one tag's rules: <see cref="PreviewAsync"/> shows which papers would gain or lose the tag,
/// and <see cref="ApplyAsync"/> saves the rules and re-tags the catalog in one transaction, with the
/// same computation, so the preview is exactly what applying does. Manual decisions are never touched.
/// </summary>
public static class RuleChange
{
    private const int BatchSize = 2000;

    // Applying rules and importing both rewrite automatic tags, so they share the import lock.
    private const long ImportLockKey = 0x50_41_50_45_52_43_41_54;

    public static async Task<RuleChangeDiff> PreviewAsync(CatalogDbContext db, int tagId, IReadOnlyList<TagRule> rules, CancellationToken cancellation)
    {
        var (diff, _) = await ComputeAsync(db, tagId, rules, cancellation);
        return diff;
    }

    /// <param name="beforeSaving">Adds what else belongs in the same transaction (the audit entry), once the change is known.</param>
    public static async Task<RuleChangeDiff> ApplyAsync(
        CatalogDbContext db, int tagId, IReadOnlyList<TagRule> rules, string actor, DateTimeOffset now, CancellationToken cancellation, Action<RuleChangeDiff>? beforeSaving = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLockKey})", cancellation);
        var (diff, scores) = await ComputeAsync(db, tagId, rules, cancellation);

        db.TagRules.RemoveRange(await db.TagRules.Where(r => r.TagId == tagId).ToListAsync(cancellation));
        db.TagRules.AddRange(rules.Select(r => new TagRule { TagId = tagId, Pattern = r.Pattern, Kind = r.Kind, Weight = r.Weight, Note = r.Note, UpdatedAt = now, UpdatedBy = actor }));

        var automatic = await db.PaperTags.Where(t => t.TagId == tagId && t.Source == TagSource.Automatic).ToDictionaryAsync(t => t.PaperId, cancellation);
        foreach (var (paperId, score) in scores)
        {
            var tag = automatic.GetValueOrDefault(paperId);
            if (tag is null)
            {
                db.PaperTags.Add(tag = new PaperTag { PaperId = paperId, TagId = tagId, Source = TagSource.Automatic });
            }

            tag.Confidence = score.Confidence;
            tag.Evidence = EvidenceSpan.Serialize(score.Evidence);
            tag.UpdatedAt = now;
        }

        db.PaperTags.RemoveRange(automatic.Values.Where(t => !scores.ContainsKey(t.PaperId)));
        await PaperRowLocks.LockAsync(db, diff.Gained.Concat(diff.Lost).Select(static p => p.Id), cancellation);
        db.PaperTagChanges.AddRange(diff.Gained.Select(p => Change(p.Id, tagId, TagChangeKind.RulesAdded, actor, now)));
        db.PaperTagChanges.AddRange(diff.Lost.Select(p => Change(p.Id, tagId, TagChangeKind.RulesRemoved, actor, now)));
        beforeSaving?.Invoke(diff);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        return diff;
    }

    private static async Task<(RuleChangeDiff Diff, Dictionary<long, TagScore> Scores)> ComputeAsync(CatalogDbContext db, int tagId, IReadOnlyList<TagRule> rules, CancellationToken cancellation)
    {
        var tag = await db.Tags.AsNoTracking().SingleAsync(t => t.Id == tagId, cancellation);
        var engine = new TaggingEngine([new TagRuleSet(tagId, tag.Slug, rules)]);
        var decided = await db.PaperTags.AsNoTracking().Where(t => t.TagId == tagId)
            .Select(t => new { t.PaperId, t.Source, t.IsRejected }).ToDictionaryAsync(t => t.PaperId, t => (t.Source, t.IsRejected), cancellation);

        var scores = new Dictionary<long, TagScore>();
        var gained = new List<PaperRef>();
        var lost = new List<PaperRef>();
        var heldOff = new List<PaperRef>();
        long after = 0;
        while (true)
        {
            var batch = await db.Papers.AsNoTracking().Where(p => p.Id > after).OrderBy(p => p.Id).Take(BatchSize)
                .Select(p => new { p.Id, p.Title, p.Abstract, p.TitleIsDerived }).ToListAsync(cancellation);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var paper in batch)
            {
                var (source, rejected) = decided.TryGetValue(paper.Id, out var d) ? d : ((TagSource?)null, false);
                var score = engine.Score(paper.Title, paper.Abstract, paper.TitleIsDerived).FirstOrDefault(x => x.Applies);
                if (source == TagSource.Manual)
                {
                    if (rejected && score is not null)
                    {
                        heldOff.Add(new PaperRef(paper.Id, paper.Title));
                    }

                    continue;
                }

                if (score is not null)
                {
                    scores[paper.Id] = score;
                    if (source is null)
                    {
                        gained.Add(new PaperRef(paper.Id, paper.Title));
                    }
                }
                else if (source == TagSource.Automatic)
                {
                    lost.Add(new PaperRef(paper.Id, paper.Title));
                }
            }

            after = batch[^1].Id;
        }

        return (new RuleChangeDiff(gained, lost, scores.Count, heldOff), scores);
    }

    private static PaperTagChange Change(long paperId, int tagId, TagChangeKind kind, string actor, DateTimeOffset now) =>
        new() { PaperId = paperId, TagId = tagId, Kind = kind, ChangedBy = actor, ChangedAt = now, Note = "rules changed" };
}

/// <summary>The papers a rule change gives the tag to and takes it from, and how many will carry it automatically.</summary>
/// <param name="HeldOff">Papers the rules match on which an editor rejected the tag: they stay without it.</param>
public sealed record RuleChangeDiff(IReadOnlyList<PaperRef> Gained, IReadOnlyList<PaperRef> Lost, int AutomaticTotal, IReadOnlyList<PaperRef> HeldOff);

public sealed record PaperRef(long Id, string Title);
