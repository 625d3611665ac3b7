using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>Two imports at once are serialized by a database lock, never interleaved.</summary>
public sealed class ConcurrentImportTests(PostgresServer server)
{
    [Fact]
    public async Task Overlapping_imports_of_overlapping_files_both_succeed_without_duplicates()
    {
        var catalog = await CatalogFixture.CreateAsync(server);

        var results = await Task.WhenAll(
            catalog.ImportAsync(TestPaths.Seed("001"), TestPaths.Seed("003")),
            catalog.ImportAsync(TestPaths.Seed("004"), TestPaths.Seed("003")));

        Assert.All(results, r => Assert.Equal(ImportStatus.Succeeded, r.Status));
        await using var db = catalog.CreateDbContext();
        var distinct = await db.Papers.CountAsync(TestContext.Current.CancellationToken);
        Assert.Equal(results.Sum(r => r.Added), distinct);
        var runs = await db.ImportRuns.OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, runs.Count);
    }

    [Fact]
    public async Task An_import_waits_while_another_holds_the_import_lock()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await using var held = await HeldImportLock.TakeAsync(catalog.ConnectionString);

        var import = catalog.ImportAsync(TestPaths.Seed("002"));
        await Task.Delay(1500, TestContext.Current.CancellationToken);

        Assert.False(import.IsCompleted);
        Assert.Equal("", await catalog.SnapshotAsync());
        await held.ReleaseAsync();
        Assert.Equal(29, (await import).Added);
    }
}
