using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;

namespace PaperCatalog.Web.Features.Papers;

/// <summary>The newest papers of the catalog and how many there are.</summary>
internal sealed class BrowsePapers(IDbContextFactory<CatalogDbContext> contexts)
{
    public async Task<PaperList> HandleAsync(int take, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var total = await db.Papers.CountAsync(cancellation);
        var items = await db.Papers
            .OrderByDescending(p => p.PublishedOn.HasValue)
            .ThenByDescending(p => p.PublishedOn)
            .ThenBy(p => p.Id)
            .Take(take)
            .Select(p => new PaperListItem(p.Id, p.Title, p.TitleIsDerived, p.Abstract, p.PublishedOn, p.PublishedYearInferred, p.AuthorCount, p.Organization, p.Upvotes))
            .ToListAsync(cancellation);
        return new PaperList(total, items);
    }
}

internal sealed record PaperList(int Total, IReadOnlyList<PaperListItem> Items);

internal sealed record PaperListItem(
    long Id,
    string Title,
    bool TitleIsDerived,
    string Abstract,
    DateOnly? PublishedOn,
    bool PublishedYearInferred,
    int? AuthorCount,
    string? Organization,
    int Upvotes);
