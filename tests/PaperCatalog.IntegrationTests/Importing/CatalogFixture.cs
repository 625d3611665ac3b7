using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperCatalog.Data;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>A fresh, migrated catalog database and an importer over it.</summary>
internal sealed class CatalogFixture(string connectionString) : IDbContextFactory<CatalogDbContext>
{
    public string ConnectionString { get; } = connectionString;

    public static async Task<CatalogFixture> CreateAsync(PostgresServer server) => new(await server.CreateDatabaseAsync());

    public CatalogImporter Importer(ImportOptions? options = null) =>
        new(this, Options.Create(options ?? new ImportOptions()), TimeProvider.System, NullLogger<CatalogImporter>.Instance);

    public Task<ImportSummary> ImportAsync(params string[] paths) =>
        Importer().ImportAsync(new ImportRequest(DumpInput.FromPaths(paths), "test"), cancellation: TestContext.Current.CancellationToken);

    public Task<ImportSummary> BulkImportAsync(params string[] paths) => BulkImportAsync(new BulkImportRequest(DumpInput.FromPaths(paths), "test"));

    public Task<ImportSummary> BulkImportAsync(BulkImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken? cancellation = null) =>
        new BulkImporter(this, Options.Create(new ImportOptions()), TimeProvider.System, NullLogger<BulkImporter>.Instance)
            .ImportAsync(request, progress, cancellation ?? TestContext.Current.CancellationToken);

    public CatalogDbContext CreateDbContext() => new(CatalogDbContextOptions.For(ConnectionString));

    /// <summary>What a failed import must leave: how many papers the catalog holds, and the staging tables left behind.</summary>
    public async Task<(int Papers, int StagingTables)> LeftoversAsync()
    {
        await using var db = CreateDbContext();
        var papers = await db.Papers.CountAsync();
        var staging = await db.Database.SqlQueryRaw<string>("SELECT tablename AS \"Value\" FROM pg_tables WHERE tablename LIKE 'import_staging_%'").CountAsync();
        return (papers, staging);
    }

    /// <summary>The whole catalog as comparable text: every paper's fields, sources and tags.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = CreateDbContext();
        var papers = await db.Papers.AsNoTracking().Include(p => p.Sources).ThenInclude(s => s.DumpFile).Include(p => p.Tags).OrderBy(p => p.Id).ToListAsync();
        return string.Join('\n', papers.Select(p =>
            $"{p.Id}|{p.Title}|{p.Abstract}|{p.PublishedOn}|{p.PublishedYearInferred}|{p.AuthorCount}|{p.Organization}|{p.Upvotes}|{p.UpdatedAt:O}|" +
            string.Join(',', p.Sources.OrderBy(s => s.ImportRunId).ThenBy(s => s.DumpFileId).ThenBy(s => s.LineNumber).Select(s => $"{s.DumpFile!.FileName}:{s.LineNumber}")) + "|" +
            string.Join(',', p.Tags.OrderBy(t => t.TagId).Select(t => $"{t.TagId}:{t.Source}:{t.IsRejected}"))));
    }

    /// <summary>The catalog's content without ids, times and storage order: what two import paths must agree on.</summary>
    public async Task<string> ContentAsync()
    {
        await using var db = CreateDbContext();
        var papers = await db.Papers.AsNoTracking().Include(p => p.Sources).ThenInclude(s => s.DumpFile).Include(p => p.Tags).ToListAsync();
        return string.Join('\n', papers
            .Select(p =>
                $"{p.Title}|{p.TitleIsDerived}|{p.Abstract}|{p.PublishedOn}|{p.PublishedYearInferred}|{p.AuthorCount}|{p.Organization}|{p.Upvotes}|" +
                string.Join(',', p.Sources.Select(s => $"{s.DumpFile!.FileName}:{s.LineNumber}").Order(StringComparer.Ordinal)) + "|" +
                string.Join(',', p.Tags.Select(t => $"{t.TagId}:{t.Source}:{t.Confidence:0.###}:{t.Evidence}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal));
    }
}
