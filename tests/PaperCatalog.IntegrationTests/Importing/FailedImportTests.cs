using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>Bad input never half-writes: the catalog stays as it was, and the run says why.</summary>
public sealed class FailedImportTests(PostgresServer server)
{
    [Theory]
    [InlineData("empty.txt", "", "empty.txt: the file is empty")]
    [InlineData("notes.txt", "Just some notes\nabout nothing\n", "notes.txt, line 1: unknown format")]
    // The error quotes the file's first 60 UTF-16 units; the 60th and 61st are the two halves of one emoji.
    [InlineData("emoji.txt", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx🧪 notes\nabout nothing\n", "emoji.txt, line 1: unknown format")]
    [InlineData("image.png", "\u0089PNG\0\u0001binary", "image.png, line 1: the file is binary")]
    public async Task A_refused_file_among_good_ones_writes_nothing(string name, string content, string error)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seed("002"));
        var before = await catalog.SnapshotAsync();
        var bad = Path.Combine(TempFolder.Create(), name);
        await File.WriteAllTextAsync(bad, content, TestContext.Current.CancellationToken);

        var summary = await catalog.ImportAsync(TestPaths.Seed("001"), bad, TestPaths.Seed("003"));

        Assert.Equal(ImportStatus.Failed, summary.Status);
        Assert.StartsWith(error, summary.Error, StringComparison.Ordinal);
        Assert.Equal(before, await catalog.SnapshotAsync());
        await using var db = catalog.CreateDbContext();
        var failed = await db.ImportRuns.Include(r => r.Files).SingleAsync(r => r.Status == ImportStatus.Failed, TestContext.Current.CancellationToken);
        Assert.Equal(summary.Error, failed.Error);
        Assert.Equal([null, failed.Files[1].Error, null], failed.Files.Select(f => f.Error));
    }

    [Fact]
    public async Task A_file_over_the_configured_limit_is_refused_and_nothing_is_written()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var importer = catalog.Importer(new ImportOptions { MaxFileBytes = 100_000 });

        var summary = await importer.ImportAsync(new ImportRequest(DumpInput.FromPaths([TestPaths.Seed("001")]), "test"), cancellation: TestContext.Current.CancellationToken);

        Assert.Equal("001_6e52ae5627ce65b1.txt: the file is 0.4 MB, over the 0.1 MB limit", summary.Error);
        Assert.Equal("", await catalog.SnapshotAsync());
    }

    [Fact]
    public async Task Rejected_records_are_stored_with_file_line_and_reason_while_the_rest_imports()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var file = Path.Combine(TempFolder.Create(), "partly-bad.txt");
        await File.WriteAllTextAsync(file, "Abstract:A good abstract about distillation of large models into small ones.\nnot an abstract line\nAbstract:Another good abstract about transfer.\n", TestContext.Current.CancellationToken);

        var summary = await catalog.ImportAsync(file);

        Assert.Equal((ImportStatus.Succeeded, 2, 1), (summary.Status, summary.Added, summary.Rejected));
        await using var db = catalog.CreateDbContext();
        var rejection = await db.ImportRejections.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("partly-bad.txt", 2, "expected a line starting with 'Abstract:'", "not an abstract line"), (rejection.FileName, rejection.LineNumber, rejection.Reason, rejection.Excerpt));
    }

    [Fact]
    public async Task A_rejected_line_cut_for_its_excerpt_in_the_middle_of_an_emoji_still_imports_the_rest()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var file = Path.Combine(TempFolder.Create(), "emoji.txt");
        // The excerpt keeps 80 UTF-16 units; the 80th and 81st are the two halves of one emoji.
        var bad = new string('x', 79) + "🧪 and more";
        await File.WriteAllTextAsync(file, $"Abstract:A good abstract about distillation of large models into small ones.\n{bad}\n", TestContext.Current.CancellationToken);

        var summary = await catalog.ImportAsync(file);

        Assert.Equal((ImportStatus.Succeeded, 1, 1), (summary.Status, summary.Added, summary.Rejected));
        await using var db = catalog.CreateDbContext();
        Assert.Equal(new string('x', 79) + "…", (await db.ImportRejections.SingleAsync(TestContext.Current.CancellationToken)).Excerpt);
    }

    [Fact]
    public async Task A_missing_path_is_reported_before_anything_runs() =>
        Assert.Throws<FileNotFoundException>(() => DumpInput.FromPaths(["/nonexistent/dump.txt"]));
}
