using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Domain.Text;

namespace PaperCatalog.Web.Features.Accounts;

/// <summary>Writes every admin and editor action to the audit log.</summary>
public sealed class AuditLog(IDbContextFactory<CatalogDbContext> contexts, TimeProvider clock, ILogger<AuditLog> logger)
{
    public async Task WriteAsync(string actor, string action, string? target = null, string? details = null, string? remoteAddress = null)
    {
        await using var db = await contexts.CreateDbContextAsync();
        Add(db, actor, action, target, details, remoteAddress);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Adds the entry to <paramref name="db"/>, to be saved with the change it records and in its transaction: the
    /// change is never saved without its entry, and a failure after the change's commit cannot make it look unsaved.
    /// </summary>
    public void Add(CatalogDbContext db, string actor, string action, string? target = null, string? details = null, string? remoteAddress = null)
    {
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor,
            Action = action,
            Target = TextClip.ToLength(target, 300),
            Details = TextClip.ToLength(details, 4000),
            RemoteAddress = remoteAddress,
        });

        // Logged once saved, so that a change lost to a concurrent one (or any failed save) leaves no line behind.
        void LogOnceSaved(object? sender, SavedChangesEventArgs saved)
        {
            db.SavedChanges -= LogOnceSaved;
            logger.LogInformation("Audit: {Actor} {Action} {Target}", actor, action, target);
        }

        db.SavedChanges += LogOnceSaved;
    }
}
