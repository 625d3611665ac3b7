using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>Editors add techniques or free topics; the slug is made from the name by <see cref="TagSlug"/>.</summary>
public sealed class CreateTag(IDbContextFactory<CatalogDbContext> contexts, CurrentUser current, AuditLog audit, TimeProvider clock)
{
    public async Task<(string? Slug, string? Error)> HandleAsync(string name, string? slug, string description, TagKind kind)
    {
        if (await current.InRoleAsync(CatalogRoles.Editor, CatalogRoles.Admin) is not { } editor)
        {
            return (null, DecidePaperTags.NotEditor);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            return (null, "A tag needs a name of at most 100 characters.");
        }

        string normalized;
        try
        {
            normalized = TagSlug.Normalize(string.IsNullOrWhiteSpace(slug) ? name : slug);
        }
        catch (ArgumentException invalid)
        {
            return (null, invalid.Message);
        }

        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Tags.AnyAsync(t => t.Slug == normalized))
        {
            return (null, $"The tag '{normalized}' exists already.");
        }

        db.Tags.Add(new Tag { Slug = normalized, Name = name.Trim(), Description = description.Trim(), Kind = kind, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync();
        await audit.WriteAsync(editor.UserName!, "tag.created", normalized, $"{kind}: {name.Trim()}");
        return (normalized, null);
    }
}
