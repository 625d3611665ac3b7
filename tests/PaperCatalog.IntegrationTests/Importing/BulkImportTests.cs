using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Domain.Papers;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>The bulk path (binary COPY, set-based merge) ends where the standard import ends.</summary>
public sealed class BulkImportTests(PostgresServer server)
{
    [Fact]
    public async Task Bulk_import_of_the_seeds_makes_the_same_catalog_as_the_standard_import()
    {
        var standard = await CatalogFixture.CreateAsync(server);
        var bulk = await CatalogFixture.CreateAsync(server);
        await standard.ImportAsync(TestPaths.Seeds);

        var summary = await bulk.BulkImportAsync(TestPaths.Seeds);

        Assert.Equal((ImportStatus.Succeeded, 462, 427, 0, 0), (summary.Status, summary.Parsed, summary.Added, summary.Updated, summary.Unchanged));
        Assert.Equal(["load", "match", "tag", "write", "analyze", "retag"], summary.Phases.Select(static p => p.Key));
        Assert.Equal(await standard.ContentAsync(), await bulk.ContentAsync());
    }

    [Fact]
    public async Task Either_path_after_the_other_finds_nothing_new()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);
        var before = await catalog.SnapshotAsync();

        var bulkAgain = await catalog.BulkImportAsync(TestPaths.Seeds);
        var standardAgain = await catalog.ImportAsync(TestPaths.Seeds);

        Assert.Equal((0, 0, 427), (bulkAgain.Added, bulkAgain.Updated, bulkAgain.Unchanged));
        Assert.True(bulkAgain.NothingNew);
        Assert.Equal((0, 0, 427), (standardAgain.Added, standardAgain.Updated, standardAgain.Unchanged));
        Assert.Equal(before, await catalog.SnapshotAsync());
    }

    [Fact]
    public async Task A_changed_abstract_updates_the_existing_paper_through_the_merge_rules()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var file = Path.Combine(TempFolder.Create(), "pairs.txt");
        await File.WriteAllTextAsync(file, Pairs("The first version of the abstract, which says what the paper does in many words."), TestContext.Current.CancellationToken);
        await catalog.BulkImportAsync(file);
        await File.WriteAllTextAsync(file, Pairs("The corrected version of the abstract, which says what the paper really does in many words."), TestContext.Current.CancellationToken);

        var summary = await catalog.BulkImportAsync(file);

        Assert.Equal((0, 1, 1), (summary.Added, summary.Updated, summary.Unchanged));
        Assert.Equal(PaperField.Abstract, Assert.Single(Assert.Single(summary.Changes).Fields).Field);
        await using var db = catalog.CreateDbContext();
        var paper = await db.Papers.Include(p => p.Sources).SingleAsync(p => p.Title == "Changing Paper", TestContext.Current.CancellationToken);
        Assert.StartsWith("The corrected version", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(2, paper.Sources.Count);
    }

    [Fact]
    public async Task A_refused_file_fails_the_whole_bulk_import_and_writes_no_paper()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var empty = Path.Combine(TempFolder.Create(), "empty.txt");
        await File.WriteAllTextAsync(empty, "", TestContext.Current.CancellationToken);

        var summary = await catalog.BulkImportAsync(TestPaths.Seed("001"), empty);

        Assert.Equal(ImportStatus.Failed, summary.Status);
        Assert.Contains("empty.txt", summary.Error, StringComparison.Ordinal);
        Assert.Equal((0, 0), await catalog.LeftoversAsync());
    }

    [Fact]
    public async Task A_bulk_dry_run_counts_and_writes_nothing()
    {
        var catalog = await CatalogFixture.CreateAsync(server);

        var summary = await catalog.BulkImportAsync(new BulkImportRequest(DumpInput.FromPaths([TestPaths.Seeds]), "test", DryRun: true));

        Assert.Equal((true, 427, null), (summary.DryRun, summary.Added, summary.RunId));
        await using var db = catalog.CreateDbContext();
        Assert.Equal((0, 0), (await db.Papers.CountAsync(TestContext.Current.CancellationToken), await db.ImportRuns.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_bulk_dry_run_neither_tags_nor_writes_and_counts_what_the_import_then_does_adding_updating_and_leaving_papers_unchanged()
    {
        const string Header = "Get trending papers in your email inbox!\nSubscribe";
        var folder = TempFolder.Create();
        var first = Path.Combine(folder, "1-first.txt");
        var second = Path.Combine(folder, "2-second.txt");
        await File.WriteAllTextAsync(first, $"{Header}Alpha Paper\nThe first abstract of Alpha Paper, long enough to be a real abstract of a paper.\n" +
            "Beta Paper\nThe abstract of Beta Paper, which no later dump changes, long enough to be a real abstract.\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(second, $"{Header}Alpha Paper\nThe second, corrected abstract of Alpha Paper, long enough to be a real abstract of a paper.\n" +
            "Beta Paper\nThe abstract of Beta Paper, which no later dump changes, long enough to be a real abstract.\n" +
            "Gamma Paper\nThe abstract of Gamma Paper, a paper no earlier dump had, long enough to be a real abstract.\n", TestContext.Current.CancellationToken);
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.BulkImportAsync(new BulkImportRequest(DumpInput.FromPaths([first]), "test"));

        var steps = new List<ImportProgress>();
        var dryRun = await catalog.BulkImportAsync(new BulkImportRequest(DumpInput.FromPaths([second]), "test", DryRun: true), new ReportTo(steps.Add));
        Assert.DoesNotContain(steps, static p => p.Stage is ImportStage.Writing or ImportStage.Tagging);
        await using (var db = catalog.CreateDbContext())
        {
            Assert.Equal(2, await db.Papers.CountAsync(TestContext.Current.CancellationToken));
        }

        var run = await catalog.BulkImportAsync(new BulkImportRequest(DumpInput.FromPaths([second]), "test"));

        Assert.Equal((1, 1, 1, 0), (run.Added, run.Updated, run.Unchanged, run.Rejected));
        Assert.Equal((run.Parsed, run.Added, run.Updated, run.Unchanged, run.Rejected), (dryRun.Parsed, dryRun.Added, dryRun.Updated, dryRun.Unchanged, dryRun.Rejected));
        Assert.Equal(run.Changes.Select(static c => (c.Kind, c.Title)), dryRun.Changes.Select(static c => (c.Kind, c.Title)));
    }

    [Fact]
    public async Task A_titled_record_matches_its_title_before_an_older_untitled_paper_with_its_abstract()
    {
        const string Untitled = "An untitled abstract that an older dump gave without any title at all, about routing tokens to experts.";
        var folder = TempFolder.Create();
        var files = new[] { "1-untitled.txt", "2-titled.txt", "3-correction.txt" }.Select(f => Path.Combine(folder, f)).ToArray();
        await File.WriteAllTextAsync(files[0], $"Abstract:{Untitled}\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(files[1], "Get trending papers in your email inbox!\nSubscribeAlpha Paper\nThe first abstract of Alpha Paper, long enough to be a real abstract of a paper.\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(files[2], $"Get trending papers in your email inbox!\nSubscribeAlpha Paper\n{Untitled}\n", TestContext.Current.CancellationToken);
        var standard = await CatalogFixture.CreateAsync(server);
        var bulk = await CatalogFixture.CreateAsync(server);
        foreach (var file in files)
        {
            await standard.ImportAsync(file);
        }

        await bulk.ImportAsync(files[0]);
        await bulk.ImportAsync(files[1]);
        var summary = await bulk.BulkImportAsync(files[2]);

        Assert.Equal((ImportStatus.Succeeded, 0, 1), (summary.Status, summary.Added, summary.Updated));
        Assert.Equal(await standard.ContentAsync(), await bulk.ContentAsync());
    }

    private static string Pairs(string abstractText) =>
        $"Get trending papers in your email inbox!\nSubscribeChanging Paper\n{abstractText}\nSteady Paper\nAn abstract that never changes between the two versions of this dump file.\n";
}
