using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Testing;
using PaperCatalog.Data.Accounts;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>An audit entry is saved with the change it records, and logged only once that save succeeded.</summary>
public sealed class AuditLogTests(PostgresServer server)
{
    [Fact]
    public async Task An_entry_is_logged_once_when_saved_and_not_at_all_when_its_change_is_lost()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var logger = new FakeLogger<AuditLog>();
        var audit = new AuditLog(catalog, TimeProvider.System, logger);
        var cancellation = TestContext.Current.CancellationToken;

        await using (var lost = catalog.CreateDbContext())
        {
            // A token another request deleted already: this delete affects no row, so the save throws.
            lost.ApiTokens.Remove(new ApiToken { Id = 424242, UserId = "gone", Name = "gone", Hash = [1], Prefix = "pc_gone", ActsAs = CatalogRoles.Editor });
            audit.Add(lost, "editor", "token.revoked", "gone");
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => lost.SaveChangesAsync(cancellation));
        }

        Assert.Equal(0, logger.Collector.Count);

        await using (var saved = catalog.CreateDbContext())
        {
            audit.Add(saved, "editor", "tag.created", "kept");
            await saved.SaveChangesAsync(cancellation);
            await saved.SaveChangesAsync(cancellation); // a later save on the same context logs the entry no more
        }

        var line = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal("Audit: editor tag.created kept", line.Message);
        await using var db = catalog.CreateDbContext();
        Assert.Equal(["tag.created"], await db.AuditLog.Select(e => e.Action).ToListAsync(cancellation));
    }
}
