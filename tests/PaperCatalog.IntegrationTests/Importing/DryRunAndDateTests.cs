using Microsoft.EntityFrameworkCore;
using PaperCatalog.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

public sealed class DryRunAndDateTests(PostgresServer server)
{
    [Fact]
    public async Task A_dry_run_reports_exactly_what_the_real_run_then_does_and_writes_nothing()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seed("001"));
        var before = await catalog.SnapshotAsync();
        var request = new ImportRequest(DumpInput.FromPaths([TestPaths.Seeds]), "test", DryRun: true);

        var dry = await catalog.Importer().ImportAsync(request, cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(before, await catalog.SnapshotAsync());
        Assert.Null(dry.RunId);
        var real = await catalog.Importer().ImportAsync(request with { DryRun = false }, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal((real.Added, real.Updated, real.Unchanged, real.Rejected), (dry.Added, dry.Updated, dry.Unchanged, dry.Rejected));
        Assert.Equal(real.Changes.Select(c => (c.Kind, c.Title, string.Join(',', c.Fields))), dry.Changes.Select(c => (c.Kind, c.Title, string.Join(',', c.Fields))));
        Assert.True(dry.Added > 0 && dry.Updated > 0);
    }

    [Fact]
    public async Task A_reference_date_sets_the_year_of_yearless_dates_and_a_later_import_can_correct_it()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        var seed = DumpInput.FromPaths([TestPaths.Seed("003")]);
        await catalog.Importer().ImportAsync(new ImportRequest(seed, "test", ReferenceDate: new DateOnly(2024, 12, 31)), cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(new DateOnly(2024, 10, 22), await PublishedOnAsync(catalog, "KORE:%"));

        var corrected = await catalog.Importer().ImportAsync(new ImportRequest(seed, "test"), cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2025, 10, 22), await PublishedOnAsync(catalog, "KORE:%"));
        Assert.True(corrected.Updated > 0);
    }

    private static async Task<DateOnly?> PublishedOnAsync(CatalogFixture catalog, string titlePattern)
    {
        await using var db = catalog.CreateDbContext();
        return await db.Papers.Where(p => EF.Functions.Like(p.Title, titlePattern)).Select(p => p.PublishedOn).SingleAsync(TestContext.Current.CancellationToken);
    }
}
