using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.Importing.Tagging;

/// <summary>Builds the tagging engine from the rules stored in the catalog.</summary>
public static class TagRules
{
    /// <param name="onlyTagId">Only this tag's rules (the engine then scores that tag alone); every tag's when null.</param>
    public static async Task<TaggingEngine> LoadEngineAsync(CatalogDbContext db, CancellationToken cancellation, int? onlyTagId = null)
    {
        var rules = await db.TagRules.AsNoTracking().Where(r => onlyTagId == null || r.TagId == onlyTagId).ToListAsync(cancellation);
        var tags = await db.Tags.AsNoTracking().Where(t => rules.Select(r => r.TagId).Contains(t.Id)).ToListAsync(cancellation);
        return new TaggingEngine(tags.Select(t => new TagRuleSet(t.Id, t.Slug, rules.Where(r => r.TagId == t.Id).ToList())));
    }
}
