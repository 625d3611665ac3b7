using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;

namespace PaperCatalog.Web.Features.Accounts;

/// <summary>Writes every admin and editor action to the audit log.</summary>
public sealed class AuditLog(IDbContextFactory<CatalogDbContext> contexts, TimeProvider clock, ILogger<AuditLog> logger)
{
    public async Task WriteAsync(string actor, string action, string? target = null, string? details = null, string? remoteAddress = null)
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor,
            Action = action,
            Target = Shorten(target, 300),
            Details = Shorten(details, 4000),
            RemoteAddress = remoteAddress,
        });
        await db.SaveChangesAsync();
        logger.LogInformation("Audit: {Actor} {Action} {Target}", actor, action, target);
    }

    private static string? Shorten(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
