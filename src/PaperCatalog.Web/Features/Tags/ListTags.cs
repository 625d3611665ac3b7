using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Web.Features.Tags;

/// <summary>Every tag with its description, its number of papers and its papers per year.</summary>
public sealed class ListTags(IDbContextFactory<CatalogDbContext> contexts)
{
    /// <summary>Just the tags' slugs and names, in display order: cheap enough for every page that offers tags.</summary>
    public async Task<IReadOnlyList<TagName>> NamesAsync(CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Tags.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Name).Select(t => new TagName(t.Slug, t.Name, t.Description)).ToListAsync(cancellation);
    }

    public async Task<IReadOnlyList<TagSummary>> HandleAsync(CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Name).ToListAsync(cancellation);
        var perYear = await (from pt in db.PaperTags
                             join p in db.Papers on pt.PaperId equals p.Id
                             where !pt.IsRejected
                             group pt by new { pt.TagId, Year = p.PublishedOn == null ? (int?)null : p.PublishedOn.Value.Year } into g
                             select new { g.Key.TagId, g.Key.Year, Count = g.Count() }).ToListAsync(cancellation);
        return tags.Select(tag =>
        {
            var counts = perYear.Where(c => c.TagId == tag.Id).ToList();
            return new TagSummary(
                tag.Slug,
                tag.Name,
                tag.Description,
                tag.Kind,
                counts.Sum(c => c.Count),
                counts.Where(c => c.Year is not null).OrderBy(c => c.Year).Select(c => new YearCount(c.Year!.Value, c.Count)).ToList());
        }).ToList();
    }
}

/// <summary>A tag as the tags page and <c>GET /api/tags</c> show it.</summary>
/// <param name="PaperCount">Papers that carry the tag (rejected decisions excluded).</param>
/// <param name="PapersPerYear">Dated papers that carry the tag, per publication year.</param>
public sealed record TagSummary(string Slug, string Name, string Description, TagKind Kind, int PaperCount, IReadOnlyList<YearCount> PapersPerYear);

public sealed record YearCount(int Year, int Count);

public sealed record TagName(string Slug, string Name, string Description);
