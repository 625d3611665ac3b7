using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Domain.Text;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>
/// An editor's decision that papers do or do not carry a tag. A decision is stored as a manual
/// tag row (applied or rejected), which neither re-imports nor rule changes ever overwrite, and
/// every change is written to the papers' tag history and the audit log.
/// </summary>
public sealed class DecidePaperTags(IDbContextFactory<CatalogDbContext> contexts, CurrentUser current, AuditLog audit, TimeProvider clock)
{
    public const int MaxPapers = 10_000;
    public const string NotEditor = "Your account is no longer an editor; nothing was changed.";

    /// <summary>
    /// Applies <paramref name="slug"/> to every paper in <paramref name="paperIds"/>, or rejects it on those that carry it
    /// (automatically or by an editor); papers already so, or without the tag to remove, are left as they are.
    /// </summary>
    /// <returns>How many papers changed, or why nothing did: then nothing at all changed.</returns>
    public async Task<TagDecision> DecideAsync(IReadOnlyCollection<long> paperIds, string slug, bool applied, string? note = null)
    {
        if (await current.InRoleAsync(CatalogRoles.Editor, CatalogRoles.Admin) is not { } editor)
        {
            return TagDecision.Refused(TagDecisionRefusal.NotEditor, NotEditor);
        }

        var ids = paperIds.Distinct().ToArray();
        if (ids.Length > MaxPapers)
        {
            return TagDecision.Refused(TagDecisionRefusal.TooManyPapers, $"At most {MaxPapers:N0} papers can be tagged at once; narrow the search.");
        }

        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug) is not { } tag)
        {
            return TagDecision.Refused(TagDecisionRefusal.UnknownTag, $"There is no tag '{slug}'.");
        }

        // A bulk decision's note names its view, whose search alone may be 500 characters.
        note = TextClip.ToLength(note, PaperTagChange.MaxNoteLength);
        var now = clock.GetUtcNow();
        // The papers are locked before their tag rows are read: a decision read before another editor's (or an undo's)
        // commit would be written over it, column by column, as if it had never been made.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var locked = await PaperRowLocks.LockAsync(db, ids);
        if (locked.Count < ids.Length)
        {
            return TagDecision.Refused(TagDecisionRefusal.UnknownPaper, UnknownPapers(ids.Except(locked)));
        }
        var existing = await db.PaperTags.Where(t => t.TagId == tag.Id && ids.Contains(t.PaperId)).ToDictionaryAsync(t => t.PaperId);
        var changed = new List<long>();
        foreach (var paperId in ids)
        {
            var row = existing.GetValueOrDefault(paperId);
            if (row is { Source: TagSource.Manual } && row.IsRejected == !applied)
            {
                continue;
            }

            // A paper without the tag has nothing to remove. Recording a rejection there would silently bar the
            // rules from ever tagging it: "Remove from all" on the whole catalog once did that to every paper.
            if (!applied && row is null)
            {
                continue;
            }

            var kind = applied ? (row is { Source: TagSource.Automatic } ? TagChangeKind.Confirmed : TagChangeKind.Added) : TagChangeKind.Removed;
            if (row is null)
            {
                db.PaperTags.Add(row = new PaperTag { PaperId = paperId, TagId = tag.Id });
            }

            row.Source = TagSource.Manual;
            row.IsRejected = !applied;
            row.Confidence = 1;
            row.DecidedBy = editor.UserName;
            row.UpdatedAt = now;
            db.PaperTagChanges.Add(new PaperTagChange { PaperId = paperId, TagId = tag.Id, Kind = kind, ChangedBy = editor.UserName!, ChangedAt = now, Note = note });
            changed.Add(paperId);
        }

        audit.Add(db, editor.UserName!, applied ? "tag.applied" : "tag.rejected", ids.Length == 1 ? $"paper {ids[0]}" : $"{ids.Length} papers", $"{slug}: {changed.Count} changed{(note is null ? "" : "; " + note)}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new TagDecision(changed.Count, null);
    }

    private static string UnknownPapers(IEnumerable<long> missing)
    {
        var ids = missing.Order().ToList();
        var named = string.Join(", ", ids.Take(5)) + (ids.Count > 5 ? $" and {ids.Count - 5:N0} more" : "");
        return $"The catalog has no paper {named}; nothing was changed.";
    }
}
