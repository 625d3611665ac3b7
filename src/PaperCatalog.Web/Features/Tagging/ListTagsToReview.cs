using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>Automatic tags the rules were least sure of, for an editor to confirm or reject.</summary>
public sealed class ListTagsToReview(IDbContextFactory<CatalogDbContext> contexts)
{
    /// <summary>Automatic tags below this confidence wait for review.</summary>
    public const double ReviewBelow = 0.7;

    public const int PageSize = 50;

    public async Task<(IReadOnlyList<TagToReview> Items, int Total)> HandleAsync(string? slug, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var pending = db.PaperTags.AsNoTracking()
            .Where(t => t.Source == TagSource.Automatic && !t.IsRejected && t.Confidence < ReviewBelow && (slug == null || t.Tag!.Slug == slug));
        var total = await pending.CountAsync(cancellation);
        var items = await pending.OrderBy(t => t.Confidence).ThenBy(t => t.PaperId).Take(PageSize)
            .Join(db.Papers, t => t.PaperId, p => p.Id, (t, p) => new TagToReview(p.Id, p.Title, p.Abstract, t.Tag!.Slug, t.Tag.Name, t.Confidence, t.Evidence))
            .ToListAsync(cancellation);
        return (items, total);
    }
}

/// <summary>One automatic tag waiting for an editor.</summary>
public sealed record TagToReview(long PaperId, string Title, string Abstract, string Slug, string TagName, double Confidence, string? Evidence);
