using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>A paper's tag history: who changed which tag, when, and how.</summary>
public sealed class GetTagHistory(IDbContextFactory<CatalogDbContext> contexts)
{
    /// <returns>Newest first; <c>null</c> when the catalog has no such paper.</returns>
    public async Task<IReadOnlyList<TagHistoryEntry>?> HandleAsync(long paperId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var entries = await (from c in db.PaperTagChanges.AsNoTracking()
                      join t in db.Tags on c.TagId equals t.Id
                      where c.PaperId == paperId
                      orderby c.ChangedAt descending, c.Id descending
                      select new TagHistoryEntry(t.Name, t.Slug, c.Kind, c.ChangedBy, c.ChangedAt, c.Note)).ToListAsync(cancellation);

        // A history with entries proves the paper exists; only an empty one costs a second (primary key) lookup.
        return entries.Count > 0 || await db.Papers.AnyAsync(p => p.Id == paperId, cancellation) ? entries : null;
    }
}

public sealed record TagHistoryEntry(string TagName, string TagSlug, TagChangeKind Kind, string ChangedBy, DateTimeOffset ChangedAt, string? Note);
