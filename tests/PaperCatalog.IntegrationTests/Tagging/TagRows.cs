using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.IntegrationTests.Tagging;

/// <summary>Reads paper_tags rows in a form tests can compare whole.</summary>
internal static class TagRows
{
    /// <summary>A paper's tag rows by tag slug, every stored field included.</summary>
    public static async Task<Dictionary<string, TagRow>> OfPaperAsync(CatalogDbContext db, long paperId) =>
        await db.PaperTags.AsNoTracking().Where(t => t.PaperId == paperId)
            .Select(t => new TagRow(t.Tag!.Slug, t.Source, t.IsRejected, t.Confidence, t.Evidence, t.DecidedBy, t.UpdatedAt))
            .ToDictionaryAsync(static t => t.Slug, TestContext.Current.CancellationToken);

    /// <summary>Every tag row of the catalog, in a stable order.</summary>
    public static async Task<List<TagRow>> AllAsync(CatalogDbContext db) =>
        await db.PaperTags.AsNoTracking().OrderBy(t => t.PaperId).ThenBy(t => t.TagId)
            .Select(t => new TagRow(t.Tag!.Slug, t.Source, t.IsRejected, t.Confidence, t.Evidence, t.DecidedBy, t.UpdatedAt))
            .ToListAsync(TestContext.Current.CancellationToken);

    public static async Task<int> TagIdAsync(CatalogDbContext db, string slug) =>
        await db.Tags.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);
}

internal sealed record TagRow(string Slug, TagSource Source, bool IsRejected, double Confidence, string? Evidence, string? DecidedBy, DateTimeOffset UpdatedAt);
