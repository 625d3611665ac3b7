using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>
/// Takes back a confirm or reject made on the review page: the tag is automatic again, with the confidence and
/// evidence the page listed before the decision, so it waits for review once more and the rules may change it again.
/// </summary>
/// <remarks>
/// Only the editor's own decision, still standing, is taken back. If anyone decided the tag differently since,
/// that later decision is left alone: an undo must never overwrite someone else's work. Rules applied between the
/// decision and its undo skipped the manual row, so the restored score is the earlier rules' until the next re-tagging.
/// </remarks>
public sealed class ReopenReviewedTag(IDbContextFactory<CatalogDbContext> contexts, CurrentUser current, AuditLog audit, TimeProvider clock)
{
    /// <param name="reviewed">The automatic tag as the review page listed it before the decision.</param>
    /// <param name="applied">Whether the decision confirmed the tag (true) or rejected it.</param>
    /// <returns>Null when the tag waits for review again; otherwise why nothing changed.</returns>
    public async Task<string?> ReopenAsync(TagToReview reviewed, bool applied)
    {
        if (await current.InRoleAsync(CatalogRoles.Editor, CatalogRoles.Admin) is not { } editor)
        {
            return DecidePaperTags.NotEditor;
        }

        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await PaperRowLocks.LockAsync(db, [reviewed.PaperId]);
        var row = await db.PaperTags.SingleOrDefaultAsync(t => t.PaperId == reviewed.PaperId && t.Tag!.Slug == reviewed.Slug);
        if (row is not { Source: TagSource.Manual } || row.IsRejected == applied || row.DecidedBy != editor.UserName)
        {
            return $"{reviewed.TagName} on “{reviewed.Title}” was changed after your decision, so it was left as it is.";
        }

        var now = clock.GetUtcNow();
        (row.Source, row.IsRejected, row.Confidence, row.Evidence, row.DecidedBy, row.UpdatedAt) =
            (TagSource.Automatic, false, reviewed.Confidence, reviewed.Evidence, null, now);
        var note = applied ? "confirmation taken back" : "rejection taken back";
        db.PaperTagChanges.Add(new PaperTagChange { PaperId = row.PaperId, TagId = row.TagId, Kind = TagChangeKind.Reopened, ChangedBy = editor.UserName!, ChangedAt = now, Note = note });
        audit.Add(db, editor.UserName!, "tag.reopened", $"paper {reviewed.PaperId}", $"{reviewed.Slug}: {note}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return null;
    }
}
