using PaperCatalog.Importing;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Tagging;

/// <summary>A dry run tags papers inside its transaction and rolls the tags back with everything else.</summary>
public sealed class DryRunTaggingTests(PostgresServer server)
{
    [Fact]
    public async Task A_dry_run_of_the_seeds_leaves_paper_tags_untouched()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seed("002"));
        var before = await RowsAsync(catalog);

        var dry = await catalog.Importer().ImportAsync(new ImportRequest(DumpInput.FromPaths([TestPaths.Seeds]), "test", DryRun: true), cancellation: TestContext.Current.CancellationToken);

        Assert.True(dry.Added > 0 && dry.Updated > 0);
        Assert.NotEmpty(before);
        Assert.Equal(before, await RowsAsync(catalog));
    }

    [Fact]
    public async Task A_dry_run_that_would_take_a_tag_away_leaves_it_in_place()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var file = await SinglePaperDump.WriteAsync(SinglePaperDump.Distilling);
        await catalog.ImportAsync(file);
        var before = await RowsAsync(catalog);

        await SinglePaperDump.WriteAsync(SinglePaperDump.Routing, file);
        var dry = await catalog.Importer().ImportAsync(new ImportRequest(DumpInput.FromPaths([file]), "test", DryRun: true), cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(1, dry.Updated);
        Assert.Equal("distillation", Assert.Single(before).Slug);
        Assert.Equal(before, await RowsAsync(catalog));
    }

    private static async Task<List<TagRow>> RowsAsync(CatalogFixture catalog)
    {
        await using var db = catalog.CreateDbContext();
        return await TagRows.AllAsync(db);
    }
}
