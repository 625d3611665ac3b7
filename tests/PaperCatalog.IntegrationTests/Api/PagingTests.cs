using PaperCatalog.Web.Features.Papers;
using static PaperCatalog.IntegrationTests.Api.PaperApi;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Keyset paging by nextCursor/previousCursor, page numbers and page sizes.</summary>
[Collection(SeededCatalogCollection.Name)]
public sealed class PagingTests(SeededCatalog catalog)
{
    public static TheoryData<string> Orders => new()
    {
        Q("distillation"),
        Q("knowledge") + "&sort=upvotes",
        "sort=newest",
        "sort=upvotes",
        "sort=oldest",
        Q("knowledge") + "&sort=oldest",
        "",
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Walking_every_page_by_cursor_gives_each_paper_once_in_the_order_of_page_numbers(string view)
    {
        const int size = 17;
        var pages = await catalog.Client.PagesAsync(view, size);
        var walked = pages.SelectMany(static p => p.Items).Select(static i => i.Id).ToList();

        Assert.Equal(pages[0].Total, walked.Count);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.All(pages.SkipLast(1), p => Assert.Equal(size, p.Items.Count));

        // Page numbers read the same order with OFFSET: the two ways agree page by page.
        for (var number = 1; number <= pages.Count; number++)
        {
            var page = await catalog.Client.SearchAsync($"{view}&pageSize={size}&page={number}");
            Assert.Equal(pages[number - 1].Items.Select(static i => i.Id), page.Items.Select(static i => i.Id));
        }
    }

    [Fact]
    public async Task Newest_puts_dated_papers_newest_first_and_undated_papers_last()
    {
        var papers = (await catalog.Client.PagesAsync("sort=newest", 100)).SelectMany(static p => p.Items).ToList();

        Assert.Equal(SeededCatalog.SeedPapers, papers.Count);
        var keys = papers.Select(static p => (Date: p.PublishedOn ?? DateOnly.MinValue, p.Id)).ToList();
        Assert.Equal(keys.OrderByDescending(static k => k.Date).ThenByDescending(static k => k.Id), keys);
        Assert.Contains(papers, static p => p.PublishedOn is null);
    }

    [Fact]
    public async Task Oldest_puts_dated_papers_oldest_first_and_undated_papers_last()
    {
        var papers = (await catalog.Client.PagesAsync("sort=oldest", 100)).SelectMany(static p => p.Items).ToList();

        Assert.Equal(SeededCatalog.SeedPapers, papers.Count);
        var keys = papers.Select(static p => (Undated: p.PublishedOn is null, Date: p.PublishedOn ?? DateOnly.MinValue, p.Id)).ToList();
        Assert.Equal(keys.OrderBy(static k => k.Undated).ThenBy(static k => k.Date).ThenBy(static k => k.Id), keys);
        Assert.Contains(papers, static p => p.PublishedOn is null);
        Assert.NotNull(papers[0].PublishedOn);
    }

    [Fact]
    public async Task Oldest_within_years_lists_those_years_oldest_first()
    {
        var papers = (await catalog.Client.PagesAsync("sort=oldest&yearFrom=2022&yearTo=2023", 7)).SelectMany(static p => p.Items).ToList();

        Assert.NotEmpty(papers);
        Assert.All(papers, static p => Assert.InRange(p.PublishedOn!.Value.Year, 2022, 2023));
        Assert.Equal(papers.OrderBy(static p => p.PublishedOn).ThenBy(static p => p.Id).Select(static p => p.Id), papers.Select(static p => p.Id));
        Assert.Equal(await catalog.Client.TotalAsync("yearFrom=2022&yearTo=2023"), papers.Count);
    }

    [Fact]
    public async Task Most_upvoted_orders_by_upvotes_then_id()
    {
        var papers = (await catalog.Client.PagesAsync("sort=upvotes", 100)).SelectMany(static p => p.Items).ToList();

        Assert.Equal(SeededCatalog.SeedPapers, papers.Count);
        Assert.Equal(papers.OrderByDescending(static p => p.Upvotes).ThenByDescending(static p => p.Id).Select(static p => p.Id), papers.Select(static p => p.Id));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Previous_cursor_returns_exactly_the_page_before(string view)
    {
        const int size = 40;
        var pages = await catalog.Client.PagesAsync(view, size);
        Assert.True(pages.Count >= 3, "the view needs at least three pages");
        Assert.Null(pages[0].PreviousCursor);

        for (var i = 1; i < pages.Count; i++)
        {
            Assert.NotNull(pages[i].PreviousCursor);
            var back = await catalog.Client.SearchAsync($"{view}&pageSize={size}&cursor={Uri.EscapeDataString(pages[i].PreviousCursor!)}");
            Assert.Equal(Ids(pages[i - 1]), Ids(back));
            Assert.Equal(pages[i].Total, back.Total);

            // From the page reached backwards, both directions go on working.
            Assert.Equal(i > 1, back.PreviousCursor is not null);
            var forwardAgain = await catalog.Client.SearchAsync($"{view}&pageSize={size}&cursor={Uri.EscapeDataString(back.NextCursor!)}");
            Assert.Equal(Ids(pages[i]), Ids(forwardAgain));
        }
    }

    [Fact]
    public async Task Page_size_sets_the_number_of_items_and_defaults_to_twenty()
    {
        Assert.Equal(20, (await catalog.Client.SearchAsync()).Items.Count);
        Assert.Equal(5, (await catalog.Client.SearchAsync("pageSize=5")).Items.Count);
        Assert.Equal(100, (await catalog.Client.SearchAsync("pageSize=100")).Items.Count);
        Assert.Single((await catalog.Client.SearchAsync("pageSize=1")).Items);
    }

    [Fact]
    public async Task A_page_number_skips_the_pages_before_it_and_a_page_past_the_end_is_empty()
    {
        var all = await catalog.Client.IdsAsync("sort=upvotes");

        var third = await catalog.Client.SearchAsync("sort=upvotes&pageSize=25&page=3");
        var pastTheEnd = await catalog.Client.SearchAsync("sort=upvotes&pageSize=100&page=100");

        Assert.Equal(all.Skip(50).Take(25), Ids(third));
        Assert.NotNull(third.PreviousCursor);
        Assert.Empty(pastTheEnd.Items);
        Assert.Null(pastTheEnd.NextCursor);
        Assert.Equal(SeededCatalog.SeedPapers, pastTheEnd.Total);
    }

    [Fact]
    public async Task The_last_page_has_no_next_cursor_and_a_one_page_result_has_no_cursors()
    {
        var single = await catalog.Client.SearchAsync(Q("pruning") + "&pageSize=100");

        Assert.InRange(single.Total, 1, 100);
        Assert.Null(single.NextCursor);
        Assert.Null(single.PreviousCursor);
    }

    private static IEnumerable<long> Ids(PaperListResponse page) => page.Items.Select(static i => i.Id);
}
