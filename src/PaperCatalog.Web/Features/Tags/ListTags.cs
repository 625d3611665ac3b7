using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Tags;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Web.Features.Tags;

/// <summary>Every tag with its description, its number of papers and its papers per year.</summary>
/// <param name="cache">Recent results to answer from; without it, every call counts.</param>
public sealed class ListTags(IDbContextFactory<CatalogDbContext> contexts, SnapshotCache? cache = null)
{
    /// <summary>Just the tags' slugs and names, in display order: cheap enough for every page that offers tags.</summary>
    public async Task<IReadOnlyList<TagName>> NamesAsync(CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Tags.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Name).Select(t => new TagName(t.Slug, t.Name, t.Description)).ToListAsync(cancellation);
    }

    /// <summary>Every tag with its counts, answered from <see cref="SnapshotCache"/> when nothing was written since the last time.</summary>
    public async Task<IReadOnlyList<TagSummary>> HandleAsync(CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return cache is null
            ? await ReadAsync(db, cancellation)
            : (await cache.ReadAsync<IReadOnlyList<TagSummary>>(db, snapshot => new SummariesKey(db.Database.GetDbConnection().Database, snapshot), async () => await ReadAsync(db, cancellation), cancellation))!;
    }

    private static async Task<IReadOnlyList<TagSummary>> ReadAsync(CatalogDbContext db, CancellationToken cancellation)
    {
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Name).ToListAsync(cancellation);
        var perTag = (await TagYearCounts.ReadAsync(db, cancellation)).ToLookup(c => c.TagId);
        return tags.Select(tag => new TagSummary(
            tag.Slug,
            tag.Name,
            tag.Description,
            tag.Kind,
            perTag[tag.Id].Sum(c => c.Count),
            perTag[tag.Id].Where(c => c.Year is not null).OrderBy(c => c.Year).Select(c => new YearCount(c.Year!.Value, c.Count)).ToList(),
            perTag[tag.Id].Where(c => c.Year is null).Sum(c => c.Count))).ToList();
    }

    private sealed record SummariesKey(string Database, string Snapshot);
}

/// <summary>A tag as the tags page and <c>GET /api/tags</c> show it.</summary>
/// <param name="PaperCount">Papers that carry the tag (rejected decisions excluded).</param>
/// <param name="PapersPerYear">Dated papers that carry the tag, per publication year.</param>
/// <param name="UndatedCount">Papers that carry the tag and have no publication date, so are in no year.</param>
public sealed record TagSummary(string Slug, string Name, string Description, TagKind Kind, int PaperCount, IReadOnlyList<YearCount> PapersPerYear, int UndatedCount);

public sealed record YearCount(int Year, int Count);

public sealed record TagName(string Slug, string Name, string Description);
