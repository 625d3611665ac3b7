using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Papers;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Importing.Tagging;

/// <summary>
/// Brings papers' automatic tags in line with the rules: adds and updates those that apply, drops
/// those that no longer do, and never changes a tag an editor has decided on. A tag an editor confirmed keeps showing
/// why the rules find it: its evidence is scored again with the paper, since it points into the paper's text.
/// </summary>
public static class AutoTagger
{
    /// <summary>Re-tags <paramref name="papers"/> (which must have ids, in the caller's transaction); the caller saves.</summary>
    /// <returns>How many automatic tags were added and removed.</returns>
    public static async Task<(int Added, int Removed)> ApplyAsync(CatalogDbContext db, TaggingEngine engine, IReadOnlyCollection<Paper> papers, DateTimeOffset now, CancellationToken cancellation)
    {
        var ids = papers.Select(static p => p.Id).ToArray();
        var current = (await db.PaperTags.Where(t => ids.Contains(t.PaperId)).ToListAsync(cancellation))
            .ToLookup(static t => t.PaperId);
        var (added, removed) = (0, 0);
        var gainingOrLosing = new HashSet<long>();
        foreach (var paper in papers)
        {
            var decided = current[paper.Id].ToDictionary(static t => t.TagId);
            var scored = engine.Score(paper.Title, paper.Abstract, paper.TitleIsDerived).ToDictionary(static s => s.TagId);
            var scores = scored.Values.Where(static s => s.Applies).ToDictionary(static s => s.TagId);
            foreach (var (tagId, existing) in decided)
            {
                if (existing.Source == TagSource.Automatic && !scores.ContainsKey(tagId))
                {
                    db.PaperTags.Remove(existing);
                    gainingOrLosing.Add(paper.Id);
                    removed++;
                }
                else if (existing is { Source: TagSource.Manual, IsRejected: false } && EvidenceSpan.IsStored(existing.Evidence))
                {
                    // Confirmed: the decision and its time stay, the phrases are found again in the text as it now is.
                    existing.Evidence = EvidenceSpan.Serialize(scored.TryGetValue(tagId, out var rescored) ? rescored.Evidence : []);
                }
            }

            foreach (var score in scores.Values)
            {
                if (!decided.TryGetValue(score.TagId, out var tag))
                {
                    tag = new PaperTag { PaperId = paper.Id, TagId = score.TagId, Source = TagSource.Automatic };
                    db.PaperTags.Add(tag);
                    gainingOrLosing.Add(paper.Id);
                    added++;
                }
                else if (tag.Source == TagSource.Manual)
                {
                    continue;
                }

                tag.Confidence = score.Confidence;
                tag.Evidence = EvidenceSpan.Serialize(score.Evidence);
                tag.UpdatedAt = now;
            }
        }

        // Only these papers' tag ids change, so only their rows are locked (and rewritten) when the caller saves.
        await PaperRowLocks.LockAsync(db, gainingOrLosing, cancellation);
        return (added, removed);
    }
}
