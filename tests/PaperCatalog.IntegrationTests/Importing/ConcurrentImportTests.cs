using Microsoft.EntityFrameworkCore;
using Npgsql;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>Two imports at once are serialized by a database lock, never interleaved.</summary>
public sealed class ConcurrentImportTests(PostgresServer server)
{
    private const long ImportLockKey = 0x50_41_50_45_52_43_41_54;

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
        await using var holder = new NpgsqlConnection(catalog.ConnectionString);
        await holder.OpenAsync(TestContext.Current.CancellationToken);
        await using var transaction = await holder.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ImportLockKey})", holder, transaction))
        {
            await take.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var import = catalog.ImportAsync(TestPaths.Seed("002"));
        await Task.Delay(1500, TestContext.Current.CancellationToken);

        Assert.False(import.IsCompleted);
        Assert.Equal("", await catalog.SnapshotAsync());
        await transaction.CommitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(29, (await import).Added);
    }
}
