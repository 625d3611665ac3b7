using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PaperCatalog.Data;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>A dump file's name and checksum are stored once, and every source refers to its file (ADR-024).</summary>
public sealed class DumpFileTests(PostgresServer server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_files_content_under_a_second_name_is_the_same_file(bool bulk)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var folder = TempFolder.Create();
        var monday = Path.Combine(folder, "monday.txt");
        var copy = Path.Combine(folder, "monday-copy.txt");
        await File.WriteAllTextAsync(monday, "Abstract:Papers about zeolites, in many words.\nAbstract:Papers about mordenites, in many words.\n", Cancellation);
        File.Copy(monday, copy);

        _ = bulk ? await catalog.BulkImportAsync(monday) : await catalog.ImportAsync(monday);
        var again = bulk ? await catalog.BulkImportAsync(copy) : await catalog.ImportAsync(copy);

        Assert.Equal((0, 2), (again.Added, again.Unchanged));
        await using var db = catalog.CreateDbContext();
        var file = Assert.Single(await db.DumpFiles.ToListAsync(Cancellation));
        Assert.Equal(("monday.txt", 64), (file.FileName, file.Checksum.Length));
        Assert.Equal([$"{file.Id}:1", $"{file.Id}:2"], await db.PaperSources.OrderBy(s => s.LineNumber).Select(s => s.DumpFileId + ":" + s.LineNumber).ToListAsync(Cancellation));
    }

    [Fact]
    public async Task The_migration_gives_each_checksum_one_file_under_its_first_name_and_keeps_every_source()
    {
        var connectionString = await server.CreateEmptyDatabaseAsync();
        await using (var db = new CatalogDbContext(CatalogDbContextOptions.For(connectionString)))
        {
            await db.GetService<IMigrator>().MigrateAsync("PaperTextCompressedWithLz4", Cancellation);
        }

        await CatalogSql.ExecuteAsync(
            connectionString,
            """
            INSERT INTO import_runs (started_at, finished_at, status, requested_by, parsed, added, updated, unchanged, rejected)
            VALUES (now(), now(), 'Succeeded', 'test', 4, 2, 0, 2, 0);
            INSERT INTO papers (title, title_is_derived, title_key, abstract, abstract_key, published_year_inferred, upvotes, created_at, updated_at)
            VALUES ('Zeolites', false, 'zeolites', 'Papers about zeolites.', md5('zeolites'), false, 0, now(), now()),
                   ('Mordenites', false, 'mordenites', 'Papers about mordenites.', md5('mordenites'), false, 0, now(), now());
            INSERT INTO paper_sources (paper_id, import_run_id, file_name, file_checksum, line_number, seen_at)
            SELECT p.id, r.id, s.file_name, s.file_checksum, s.line_number, now()
            FROM (VALUES (1, 'zeolites', 'tuesday.txt', 'c2', 2), (2, 'zeolites', 'monday.txt', 'c1', 1),
                         (3, 'mordenites', 'monday.txt', 'c1', 3), (4, 'mordenites', 'tuesday-copy.txt', 'c2', 4)) s(n, title_key, file_name, file_checksum, line_number)
            JOIN papers p USING (title_key) CROSS JOIN import_runs r
            ORDER BY s.n;
            """);

        await CatalogDatabase.MigrateAsync(connectionString, Cancellation);

        await using var migrated = new CatalogDbContext(CatalogDbContextOptions.For(connectionString));
        var files = await migrated.DumpFiles.OrderBy(f => f.Id).Select(f => $"{f.FileName}:{f.Checksum}").ToListAsync(Cancellation);
        Assert.Equal(["tuesday.txt:c2", "monday.txt:c1"], files);
        var sources = await migrated.PaperSources.OrderBy(s => s.LineNumber)
            .Select(s => migrated.Papers.Single(p => p.Id == s.PaperId).Title + ":" + s.DumpFile!.FileName + ":" + s.LineNumber).ToListAsync(Cancellation);
        Assert.Equal(["Zeolites:monday.txt:1", "Zeolites:tuesday.txt:2", "Mordenites:monday.txt:3", "Mordenites:tuesday.txt:4"], sources);
    }
}
