using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Importing.Tagging;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>
/// Takes back a confirm or reject made on the review page: the rules decide the tag again, so it is automatic once
/// more, with the confidence and evidence the tag's rules give the paper now, and the rules may change it again.
/// </summary>
/// <remarks>
/// <para>Only the editor's own decision, still standing, is taken back. If anyone decided the tag differently since,
/// that later decision is left alone: an undo must never overwrite someone else's work.</para>
/// <para>The paper is scored again rather than given back the score listed before the decision: rules applied in
/// between skipped the manual row, and a re-import may have changed the abstract. With the same rules and text the
/// score is the one listed. When the rules no longer tag the paper at all, it no longer carries the tag.</para>
/// </remarks>
public sealed class ReopenReviewedTag(IDbContextFactory<CatalogDbContext> contexts, CurrentUser current, AuditLog audit, TimeProvider clock)
{
    /// <param name="reviewed">The automatic tag as the review page listed it before the decision.</param>
    /// <param name="applied">Whether the decision confirmed the tag (true) or rejected it.</param>
    /// <returns>
    /// Null when the tag is automatic again; otherwise what the editor needs to know: why nothing changed, or that the
    /// rules as they are now do not tag the paper, which therefore lost the tag.
    /// </returns>
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
        var note = applied ? "confirmation taken back" : "rejection taken back";
        var score = await ScoreNowAsync(db, row.PaperId, row.TagId);
        if (score is { Applies: true })
        {
            (row.Source, row.IsRejected, row.Confidence, row.Evidence, row.DecidedBy, row.UpdatedAt) =
                (TagSource.Automatic, false, score.Confidence, EvidenceSpan.Serialize(score.Evidence), null, now);
        }
        else
        {
            db.PaperTags.Remove(row);
            note += "; the rules do not tag it now";
        }

        db.PaperTagChanges.Add(new PaperTagChange { PaperId = row.PaperId, TagId = row.TagId, Kind = TagChangeKind.Reopened, ChangedBy = editor.UserName!, ChangedAt = now, Note = note });
        audit.Add(db, editor.UserName!, "tag.reopened", $"paper {reviewed.PaperId}", $"{reviewed.Slug}: {note}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return score is { Applies: true } ? null : $"Undone; the rules as they are now do not tag “{reviewed.Title}” with {reviewed.TagName}, so it no longer carries it.";
    }

    // The tag's rules as stored now, over the paper as stored now: what an import or a rule change would give it.
    private static async Task<TagScore?> ScoreNowAsync(CatalogDbContext db, long paperId, int tagId)
    {
        var paper = await db.Papers.AsNoTracking().Where(p => p.Id == paperId).Select(static p => new { p.Title, p.Abstract, p.TitleIsDerived }).SingleAsync();
        var engine = await TagRules.LoadEngineAsync(db, CancellationToken.None, onlyTagId: tagId);
        return engine.Score(paper.Title, paper.Abstract, paper.TitleIsDerived).SingleOrDefault();
    }
}
