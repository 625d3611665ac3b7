using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Papers;
using static PaperCatalog.IntegrationTests.Api.PaperApi;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Each filter gives exactly the papers a direct query of the same database gives.</summary>
[Collection(SeededCatalogCollection.Name)]
public sealed class FilterTests(SeededCatalog catalog)
{
    private const string Distillation = "distillation";
    private const string Compression = "model-compression";
    private const string Experts = "mixture-of-experts";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tags_in_all_mode_need_every_tag()
    {
        var expected = await IdsWhereAsync(p => p.Tags.Any(t => !t.IsRejected && t.Tag!.Slug == Distillation) && p.Tags.Any(t => !t.IsRejected && t.Tag!.Slug == Compression));

        var commaSeparated = await catalog.Client.IdsAsync($"tags={Distillation},{Compression}");
        var repeatedAndExplicit = await catalog.Client.IdsAsync($"tags={Distillation}&tags={Compression}&tagMode=all");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), commaSeparated.Order());
        Assert.Equal(expected.Order(), repeatedAndExplicit.Order());
    }

    [Fact]
    public async Task Tags_in_any_mode_need_one_of_them()
    {
        var expected = await IdsWhereAsync(p => p.Tags.Any(t => !t.IsRejected && (t.Tag!.Slug == Distillation || t.Tag.Slug == Experts)));
        var onlyDistillation = await IdsWhereAsync(p => p.Tags.Any(t => !t.IsRejected && t.Tag!.Slug == Distillation));

        var any = await catalog.Client.IdsAsync($"tags={Distillation},{Experts}&tagMode=any");

        Assert.True(expected.Count > onlyDistillation.Count);
        Assert.Equal(expected.Order(), any.Order());
    }

    [Fact]
    public async Task Excluded_tags_drop_every_paper_carrying_them()
    {
        var expected = await IdsWhereAsync(p => !p.Tags.Any(t => !t.IsRejected && (t.Tag!.Slug == Distillation || t.Tag.Slug == Experts)));

        var result = await catalog.Client.IdsAsync($"excludeTags={Distillation}&excludeTags={Experts}");

        Assert.InRange(expected.Count, 1, SeededCatalog.SeedPapers - 1);
        Assert.Equal(expected.Order(), result.Order());
    }

    [Fact]
    public async Task An_unknown_tag_empties_an_every_tag_filter_and_changes_nothing_else()
    {
        var distillation = await catalog.Client.IdsAsync($"tags={Distillation}");

        var allOf = await catalog.Client.IdsAsync($"tags={Distillation},no-such-tag");
        var anyOf = await catalog.Client.IdsAsync($"tags={Distillation},no-such-tag&tagMode=any");
        var excluded = await catalog.Client.TotalAsync($"tags={Distillation}&excludeTags=no-such-tag");

        Assert.NotEmpty(distillation);
        Assert.Empty(allOf);
        Assert.Equal(distillation.Order(), anyOf.Order());
        Assert.Equal(distillation.Count, excluded);
    }

    [Fact]
    public async Task The_api_names_the_filtered_slugs_that_name_no_tag()
    {
        var response = await catalog.Client.SearchAsync($"tags={Distillation},no-such-tag&excludeTags=also-none,{Distillation}");

        Assert.Equal(["no-such-tag", "also-none"], response.UnknownTags);
        Assert.Empty((await catalog.Client.SearchAsync($"tags={Distillation}")).UnknownTags);
    }

    [Theory]
    [InlineData(2023, 2024)]
    [InlineData(2025, 2025)]
    [InlineData(2022, null)]
    [InlineData(null, 2021)]
    public async Task A_year_range_keeps_the_dated_papers_published_in_it(int? from, int? to)
    {
        var first = new DateOnly(from ?? 1900, 1, 1);
        var last = new DateOnly(to ?? 2100, 12, 31);
        var expected = await IdsWhereAsync(p => p.PublishedOn >= first && p.PublishedOn <= last);

        var result = await catalog.Client.SearchAsync($"yearFrom={from}&yearTo={to}&pageSize=100");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, result.Total);
        Assert.Equal(expected.Order(), (await catalog.Client.IdsAsync($"yearFrom={from}&yearTo={to}")).Order());
        Assert.All(result.Items, p => Assert.InRange(p.PublishedOn!.Value, first, last));
    }

    [Fact]
    public async Task Has_upvotes_keeps_the_papers_with_at_least_one_upvote()
    {
        var expected = await IdsWhereAsync(p => p.Upvotes > 0);

        var result = await catalog.Client.IdsAsync("hasUpvotes=true");

        Assert.InRange(expected.Count, 1, SeededCatalog.SeedPapers - 1);
        Assert.Equal(expected.Order(), result.Order());
        Assert.Equal(SeededCatalog.SeedPapers, await catalog.Client.TotalAsync("hasUpvotes=false"));
    }

    [Fact]
    public async Task A_source_keeps_the_papers_seen_in_that_dump_file()
    {
        await using var db = catalog.Db();
        var files = await db.PaperSources.Select(s => s.DumpFile!.FileName).Distinct().ToListAsync(Cancellation);
        Assert.Equal(5, files.Count);

        foreach (var file in files)
        {
            var expected = await IdsWhereAsync(p => p.Sources.Any(s => s.DumpFile!.FileName == file));
            var result = await catalog.Client.IdsAsync("source=" + Uri.EscapeDataString(file));
            Assert.Equal(expected.Order(), result.Order());
            Assert.False((await catalog.Client.SearchAsync("pageSize=1&source=" + Uri.EscapeDataString(file))).SourceIsUnknown);
        }

        var unknown = await catalog.Client.SearchAsync("source=no-such-dump.txt");
        Assert.Equal((0, true), (unknown.Total, unknown.SourceIsUnknown));
    }

    [Fact]
    public async Task Filters_and_a_search_combine()
    {
        var matching = await CatalogQueries.IdsAsync(
            catalog.ConnectionString, "SELECT id FROM papers WHERE search_vector @@ websearch_to_tsquery('english', @q)", "knowledge");
        var filtered = await IdsWhereAsync(p => p.Upvotes > 0 && p.Tags.Any(t => !t.IsRejected && t.Tag!.Slug == Distillation));
        var expected = matching.Intersect(filtered).ToHashSet();

        var result = await catalog.Client.IdsAsync($"{Q("knowledge")}&tags={Distillation}&hasUpvotes=true");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), result.Order());
    }

    private async Task<List<long>> IdsWhereAsync(System.Linq.Expressions.Expression<Func<Paper, bool>> filter)
    {
        await using var db = catalog.Db();
        return await db.Papers.Where(filter).Select(p => p.Id).ToListAsync(Cancellation);
    }
}
