using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Importing.Tagging;

/// <summary>
/// Creates the shipped techniques that are missing, and gives each one its default rules when it
/// has none. Editors' changes to names, descriptions and rules are never overwritten.
/// </summary>
public static class TaxonomySeeder
{
    /// <summary>The note a shipped rule carries, so that the rules page tells it from an admin's.</summary>
    public const string ShippedNote = "Shipped default";

    /// <summary>The rules this version ships for a technique, as the seeder writes them; empty for a tag it ships none for.</summary>
    public static List<TagRule> ShippedRules(string slug) =>
        DefaultRules.BySlug.TryGetValue(slug, out var rules)
            ? rules.Select(static r => new TagRule { Pattern = r.Pattern, Kind = r.Kind, Weight = r.Weight, Note = ShippedNote }).ToList()
            : [];

    public static async Task EnsureAsync(CatalogDbContext db, DateTimeOffset now, CancellationToken cancellation)
    {
        var existing = await db.Tags.ToDictionaryAsync(t => t.Slug, cancellation);
        var names = existing.Values.Select(static t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var technique in Taxonomy.Techniques.Where(t => !existing.ContainsKey(t.Slug)))
        {
            // Names are unique in any case (ix_tags_name_lower): an editor's tag may already have a new technique's name.
            var name = names.Add(technique.Name) ? technique.Name : $"{technique.Name} ({technique.Slug})";
            var tag = new Tag { Slug = technique.Slug, Name = name, Description = technique.Description, Aliases = [.. technique.Aliases], Kind = TagKind.Technique, CreatedAt = now };
            db.Tags.Add(tag);
            existing[tag.Slug] = tag;
        }

        await db.SaveChangesAsync(cancellation);
        var withRules = await db.TagRules.Select(r => r.TagId).Distinct().ToListAsync(cancellation);
        foreach (var slug in DefaultRules.BySlug.Keys)
        {
            var tag = existing[slug];
            if (withRules.Contains(tag.Id))
            {
                continue;
            }

            foreach (var rule in ShippedRules(slug))
            {
                (rule.TagId, rule.UpdatedAt, rule.UpdatedBy) = (tag.Id, now, "default");
                db.TagRules.Add(rule);
            }
        }

        await db.SaveChangesAsync(cancellation);
    }
}
