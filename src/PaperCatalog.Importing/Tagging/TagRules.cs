using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.Importing.Tagging;

/// <summary>Builds the tagging engine from the rules stored in the catalog.</summary>
public static class TagRules
{
    public static async Task<TaggingEngine> LoadEngineAsync(CatalogDbContext db, CancellationToken cancellation)
    {
        var rules = await db.TagRules.AsNoTracking().ToListAsync(cancellation);
        var tags = await db.Tags.AsNoTracking().Where(t => rules.Select(r => r.TagId).Contains(t.Id)).ToListAsync(cancellation);
        return new TaggingEngine(tags.Select(t => new TagRuleSet(t.Id, t.Slug, rules.Where(r => r.TagId == t.Id).ToList())));
    }
}
