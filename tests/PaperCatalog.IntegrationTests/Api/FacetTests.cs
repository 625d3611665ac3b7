using static PaperCatalog.IntegrationTests.Api.PaperApi;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>The count beside each filter value is what choosing that value gives, for the current search.</summary>
[Collection(SeededCatalogCollection.Name)]
public sealed class FacetTests(SeededCatalog catalog)
{
    public static TheoryData<string> Views => new()
    {
        "",
        Q("distillation"),
        Q("knowledge") + "&tags=model-compression",
        Q("transfer") + "&yearFrom=2023&yearTo=2024",
        "source=003_c08248b6b11df260.txt&hasUpvotes=false",
        "excludeTags=distillation&sort=upvotes",
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Each_tag_count_is_the_total_after_also_choosing_that_tag(string view)
    {
        var facets = (await catalog.Client.SearchAsync(view)).Facets;
        var chosen = await catalog.Client.SearchAsync(view + "&pageSize=1");

        foreach (var tag in facets.Tags)
        {
            Assert.Equal(tag.Count, await catalog.Client.TotalAsync($"{view}&tags={tag.Slug}"));
        }

        // A tag missing from the facets would give nothing.
        foreach (var slug in AllTechniques.Except(facets.Tags.Select(static t => t.Slug)))
        {
            Assert.Equal(0, await catalog.Client.TotalAsync($"{view}&tags={slug}"));
        }

        Assert.All(facets.Tags, t => Assert.InRange(t.Count, 1, chosen.Total));
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Each_year_count_is_the_total_for_that_year_whatever_year_range_is_chosen(string view)
    {
        var facets = (await catalog.Client.SearchAsync(view)).Facets;

        foreach (var year in facets.Years)
        {
            Assert.Equal(year.Count, await catalog.Client.TotalAsync($"{WithoutYears(view)}&yearFrom={year.Year}&yearTo={year.Year}"));
        }

        Assert.Equal(facets.Years.Select(static y => y.Year).Order(), facets.Years.Select(static y => y.Year));
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_years_and_the_undated_count_add_up_to_the_total_without_a_year_range(string view)
    {
        var searched = await catalog.Client.SearchAsync(view);

        if (view.Contains("yearFrom=", StringComparison.Ordinal))
        {
            Assert.Null(searched.Facets.Undated);
            return;
        }

        Assert.Equal(searched.Total, searched.Facets.Years.Sum(static y => y.Count) + searched.Facets.Undated);
        Assert.True(searched.Facets.Undated > 0, "most seed papers have no date");
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Each_source_count_is_the_total_for_that_dump_whatever_source_is_chosen(string view)
    {
        var facets = (await catalog.Client.SearchAsync(view)).Facets;

        foreach (var source in facets.Sources)
        {
            Assert.Equal(source.Count, await catalog.Client.TotalAsync($"{WithoutSource(view)}&source={Uri.EscapeDataString(source.FileName)}"));
        }
    }

    [Fact]
    public async Task Facets_follow_the_search()
    {
        var all = (await catalog.Client.SearchAsync()).Facets;
        var searched = await catalog.Client.SearchAsync(Q("pruning"));

        Assert.True(searched.Total < SeededCatalog.SeedPapers);
        Assert.True(searched.Facets.Sources.Sum(static s => s.Count) < all.Sources.Sum(static s => s.Count));
        Assert.All(searched.Facets.Tags, t => Assert.True(t.Count <= all.Tags.Single(a => a.Slug == t.Slug).Count));
        Assert.True(searched.Facets.Years.Sum(static y => y.Count) <= searched.Total);
        Assert.NotEqual(all.Tags.Select(static t => t.Count), searched.Facets.Tags.Select(static t => t.Count));
    }

    private static readonly string[] AllTechniques =
        ["distillation", "transfer-learning", "mixture-of-experts", "domain-adaptation", "continual-learning", "model-compression", "parameter-efficient-finetuning"];

    // Year and source facets show the alternatives to the chosen range or dump, so they leave those filters out.
    private static string WithoutYears(string view) =>
        string.Join('&', view.Split('&').Where(static p => !p.StartsWith("yearFrom=", StringComparison.Ordinal) && !p.StartsWith("yearTo=", StringComparison.Ordinal)));

    private static string WithoutSource(string view) =>
        string.Join('&', view.Split('&').Where(static p => !p.StartsWith("source=", StringComparison.Ordinal)));
}
