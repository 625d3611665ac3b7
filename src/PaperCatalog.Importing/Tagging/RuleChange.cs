using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Importing.Tagging;

/// <summary>
/// Edits tags' rules: <see cref="PreviewAsync(CatalogDbContext, IReadOnlyList{RuleEdit}, IProgress{RuleScoringProgress}?, CancellationToken)"/>
/// shows which papers would gain or lose each tag, and
/// <see cref="ApplyAsync(CatalogDbContext, IReadOnlyList{RuleEdit}, string, DateTimeOffset, IProgress{RuleScoringProgress}?, CancellationToken, Action{int, RuleChangeDiff}?)"/>
/// saves the rules and re-tags the catalog in one transaction, with the same computation (<see cref="RuleChangeScoring"/>),
/// so the preview is exactly what applying does. Manual decisions are never touched. Both report how many papers they
/// have scored, and both can be cancelled: a cancelled apply changes nothing.
/// </summary>
public static class RuleChange
{
    public static async Task<RuleChangeDiff> PreviewAsync(CatalogDbContext db, int tagId, IReadOnlyList<TagRule> rules, CancellationToken cancellation) =>
        (await PreviewAsync(db, [new RuleEdit(tagId, rules)], progress: null, cancellation))[tagId];

    /// <returns>Each edited tag's change, by its id.</returns>
    public static async Task<IReadOnlyDictionary<int, RuleChangeDiff>> PreviewAsync(
        CatalogDbContext db, IReadOnlyList<RuleEdit> edits, IProgress<RuleScoringProgress>? progress, CancellationToken cancellation) =>
        (await RuleChangeScoring.ComputeAsync(db, edits, progress, cancellation)).ToDictionary(static c => c.Key, static c => c.Value.Diff);

    /// <param name="beforeSaving">Adds what else belongs in the same transaction (the audit entry), once the change is known.</param>
    public static async Task<RuleChangeDiff> ApplyAsync(
        CatalogDbContext db, int tagId, IReadOnlyList<TagRule> rules, string actor, DateTimeOffset now, CancellationToken cancellation, Action<RuleChangeDiff>? beforeSaving = null) =>
        (await ApplyAsync(db, [new RuleEdit(tagId, rules)], actor, now, progress: null, cancellation, beforeSaving is null ? null : (_, diff) => beforeSaving(diff)))[tagId];

    /// <summary>Applies every edit, or none: one transaction, one pass over the catalog.</summary>
    /// <param name="beforeSaving">Adds what else belongs in the same transaction for each tag (its audit entry), once its change is known.</param>
    public static async Task<IReadOnlyDictionary<int, RuleChangeDiff>> ApplyAsync(
        CatalogDbContext db, IReadOnlyList<RuleEdit> edits, string actor, DateTimeOffset now, IProgress<RuleScoringProgress>? progress,
        CancellationToken cancellation, Action<int, RuleChangeDiff>? beforeSaving = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLock.Key})", cancellation);
        var changes = await RuleChangeScoring.ComputeAsync(db, edits, progress, cancellation);
        foreach (var edit in edits)
        {
            var (diff, scores) = changes[edit.TagId];
            await ReplaceAsync(db, edit, scores, actor, now, cancellation);
            await PaperRowLocks.LockAsync(db, diff.Gained.Concat(diff.Lost).Select(static p => p.Id), cancellation);
            db.PaperTagChanges.AddRange(diff.Gained.Select(p => Change(p.Id, edit.TagId, TagChangeKind.RulesAdded, actor, now)));
            db.PaperTagChanges.AddRange(diff.Lost.Select(p => Change(p.Id, edit.TagId, TagChangeKind.RulesRemoved, actor, now)));
            beforeSaving?.Invoke(edit.TagId, diff);
        }

        await db.SaveChangesAsync(cancellation);

        // Cancelling up to here rolls everything back; a COMMIT cut short would leave its outcome unknown.
        await transaction.CommitAsync(CancellationToken.None);
        return changes.ToDictionary(static c => c.Key, static c => c.Value.Diff);
    }

    // The tag's rules and its automatic tags become what the new rules score.
    private static async Task ReplaceAsync(CatalogDbContext db, RuleEdit edit, Dictionary<long, TagScore> scores, string actor, DateTimeOffset now, CancellationToken cancellation)
    {
        var tagId = edit.TagId;
        db.TagRules.RemoveRange(await db.TagRules.Where(r => r.TagId == tagId).ToListAsync(cancellation));
        db.TagRules.AddRange(edit.Rules.Select(r => new TagRule { TagId = tagId, Pattern = r.Pattern, Kind = r.Kind, Weight = r.Weight, Note = r.Note, UpdatedAt = now, UpdatedBy = actor }));

        var automatic = await db.PaperTags.Where(t => t.TagId == tagId && t.Source == TagSource.Automatic).ToDictionaryAsync(t => t.PaperId, cancellation);
        foreach (var (paperId, score) in scores)
        {
            var tag = automatic.GetValueOrDefault(paperId);
            var evidence = EvidenceSpan.Serialize(score.Evidence);
            if (tag is null)
            {
                db.PaperTags.Add(tag = new PaperTag { PaperId = paperId, TagId = tagId, Source = TagSource.Automatic });
            }
            else if (tag.Confidence == score.Confidence && tag.Evidence == evidence)
            {
                // Scored as before: the row is left as it was, so a change that moves few tags writes few rows.
                continue;
            }

            tag.Confidence = score.Confidence;
            tag.Evidence = evidence;
            tag.UpdatedAt = now;
        }

        db.PaperTags.RemoveRange(automatic.Values.Where(t => !scores.ContainsKey(t.PaperId)));
    }

    private static PaperTagChange Change(long paperId, int tagId, TagChangeKind kind, string actor, DateTimeOffset now) =>
        new() { PaperId = paperId, TagId = tagId, Kind = kind, ChangedBy = actor, ChangedAt = now, Note = "rules changed" };
}

/// <summary>New rules for one tag.</summary>
public sealed record RuleEdit(int TagId, IReadOnlyList<TagRule> Rules);

/// <summary>The papers a rule change gives the tag to and takes it from, and how many will carry it automatically.</summary>
/// <param name="HeldOff">Papers the rules match on which an editor rejected the tag: they stay without it.</param>
public sealed record RuleChangeDiff(IReadOnlyList<PaperRef> Gained, IReadOnlyList<PaperRef> Lost, int AutomaticTotal, IReadOnlyList<PaperRef> HeldOff);

public sealed record PaperRef(long Id, string Title);
