using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Imports;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>The JSON export is the catalog's own dump format: imported into an empty catalog, it gives the same papers.</summary>
[Collection(SeededCatalogCollection.Name)]
public sealed class JsonExportRoundTripTests(SeededCatalog catalog, PostgresServer server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Exporting_every_paper_as_json_and_importing_it_into_an_empty_catalog_loses_nothing()
    {
        using var response = await catalog.Client.GetAsync("/api/papers/export?format=json", Cancellation);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var file = Path.Combine(TempFolder.Create(), "export.json");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync(Cancellation), Cancellation);
        using (var exported = JsonDocument.Parse(await File.ReadAllTextAsync(file, Cancellation)))
        {
            Assert.Equal(SeededCatalog.SeedPapers, exported.RootElement.GetProperty("papers").GetArrayLength());
        }

        var fresh = await CatalogFixture.CreateAsync(server);
        var summary = await fresh.ImportAsync(file);

        Assert.Equal((ImportStatus.Succeeded, SeededCatalog.SeedPapers, 0), (summary.Status, summary.Added, summary.Rejected));
        await using var original = catalog.Db();
        await using var reimported = fresh.CreateDbContext();
        var before = await FieldsAsync(original);
        var after = await FieldsAsync(reimported);
        Assert.Equal(SeededCatalog.SeedPapers, before.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_json_export_of_a_search_holds_just_its_papers()
    {
        var view = PaperApi.Q("distillation") + "&tags=model-compression";
        using var document = JsonDocument.Parse(await catalog.Client.GetStringAsync("/api/papers/export?format=json&" + view, Cancellation));

        var root = document.RootElement;
        Assert.Equal("papercatalog-export", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(await catalog.Client.IdsAsync(view), root.GetProperty("papers").EnumerateArray().Select(static p => p.GetProperty("id").GetInt64()));
    }

    // Every field a paper has, as one comparable line per paper; ids differ between the two catalogs.
    private static async Task<List<string>> FieldsAsync(PaperCatalog.Data.CatalogDbContext db) =>
        (await db.Papers.AsNoTracking()
            .Select(p => new { p.Title, p.TitleIsDerived, p.Abstract, p.PublishedOn, p.PublishedYearInferred, p.AuthorCount, p.Organization, p.Upvotes })
            .ToListAsync(Cancellation))
        .Select(static p => $"{p.Title}|{p.TitleIsDerived}|{p.Abstract}|{p.PublishedOn:yyyy-MM-dd}|{p.PublishedYearInferred}|{p.AuthorCount}|{p.Organization}|{p.Upvotes}")
        .Order(StringComparer.Ordinal)
        .ToList();
}
