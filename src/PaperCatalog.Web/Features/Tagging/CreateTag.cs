using Microsoft.EntityFrameworkCore;
using Npgsql;
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

        var slugSource = string.IsNullOrWhiteSpace(slug) ? name : slug;
        if (!TagSlug.TryNormalize(slugSource, out var normalized))
        {
            return (null, $"A slug is made of the letters a to z and digits; '{slugSource.Trim()}' has none. Give a slug that has some.");
        }

        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Tags.Where(t => t.Slug == normalized).Select(static t => t.Name).FirstOrDefaultAsync() is { } taken)
        {
            return (null, $"The slug '{normalized}' is taken by the tag '{taken}'.");
        }

        // Two tags of one name would look like one in every list: filters, bulk tagging and rules.
        var trimmed = name.Trim();
        if (await db.Tags.Where(t => t.Name.ToLower() == trimmed.ToLower()).Select(static t => t.Slug).FirstOrDefaultAsync() is { } namesake)
        {
            return (null, $"A tag named '{trimmed}' exists already ('{namesake}').");
        }

        db.Tags.Add(new Tag { Slug = normalized, Name = trimmed, Description = description.Trim(), Kind = kind, CreatedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another editor created the same slug or name since the checks above.
            return (null, $"A tag named '{trimmed}' or with the slug '{normalized}' was created a moment ago; reload to see it.");
        }

        await audit.WriteAsync(editor.UserName!, "tag.created", normalized, $"{kind}: {trimmed}");
        return (normalized, null);
    }
}
