using Microsoft.AspNetCore.WebUtilities;
using PaperCatalog.Data.Search;
using PaperCatalog.Web.Features.Papers;

namespace PaperCatalog.ComponentTests.Url;

/// <summary>
/// The URL contract: PaperQueryString writes criteria into the canonical query string and PaperQuery
/// reads it back to the same criteria, so links, reloads and the API all mean the same search.
/// </summary>
public sealed class PaperUrlContractTests
{
    public static TheoryData<string, PaperSearchCriteria> Searches => new()
    {
        { "nothing", new PaperSearchCriteria() },
        { "a search", new PaperSearchCriteria { Query = "knowledge distillation" } },
        {
            "websearch syntax and characters URLs escape",
            new PaperSearchCriteria { Query = "\"knowledge transfer\" -survey or LLMzSzŁ & 100% + a=b#c?" }
        },
        {
            "every filter",
            new PaperSearchCriteria
            {
                Query = "distillation",
                Tags = ["distillation", "model-compression"],
                TagMode = TagMode.Any,
                ExcludeTags = ["mixture-of-experts"],
                YearFrom = 2023,
                YearTo = 2024,
                HasUpvotes = true,
                Source = "003_c08248b6b11df260.txt",
                Sort = PaperSort.Upvotes,
                PageSize = 50,
                Page = 3,
            }
        },
        { "relevance asked for without a search", new PaperSearchCriteria { Sort = PaperSort.Relevance } },
        { "newest asked for with a search", new PaperSearchCriteria { Query = "graph", Sort = PaperSort.Newest } },
        {
            "a newest cursor",
            new PaperSearchCriteria { Cursor = new SearchCursor(PaperSort.Newest, false, null, new DateOnly(2023, 6, 20), null, 42), PageSize = 17 }
        },
        {
            "a cursor on an undated paper, going back",
            new PaperSearchCriteria { Cursor = new SearchCursor(PaperSort.Newest, true, null, DateOnly.MinValue, null, 356) }
        },
        {
            "a relevance cursor",
            new PaperSearchCriteria { Query = "pruning", Cursor = new SearchCursor(PaperSort.Relevance, false, 0.0607927106320858, null, null, 7) }
        },
        {
            "an oldest cursor on an undated paper",
            new PaperSearchCriteria { Sort = PaperSort.Oldest, Cursor = new SearchCursor(PaperSort.Oldest, false, null, DateOnly.MinValue, null, 12) }
        },
        {
            "an upvotes cursor",
            new PaperSearchCriteria { Sort = PaperSort.Upvotes, Tags = ["distillation"], Cursor = new SearchCursor(PaperSort.Upvotes, true, null, null, 12, 99) }
        },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Criteria_written_into_a_url_read_back_the_same(string because, PaperSearchCriteria criteria)
    {
        var url = PaperQueryString.For(criteria);

        var (read, errors) = FromUrl(url).Parse();

        Assert.True(read is not null, $"{because}: {url} did not parse: {string.Join("; ", errors.Select(static e => $"{e.Key}: {e.Value[0]}"))}");
        Assert.Equal(Describe(criteria), Describe(read));
    }

    [Fact]
    public void Defaults_are_left_out_of_the_url()
    {
        Assert.Equal("", PaperQueryString.For(new PaperSearchCriteria()));
        Assert.Equal("", PaperQueryString.For(new PaperSearchCriteria { Sort = PaperSort.Newest, TagMode = TagMode.All, HasUpvotes = false, Page = 1, PageSize = PaperSearchCriteria.DefaultPageSize }));
        Assert.Equal("?q=graph", PaperQueryString.For(new PaperSearchCriteria { Query = "graph", Sort = PaperSort.Relevance }));
        Assert.Equal("?tags=distillation", PaperQueryString.For(new PaperSearchCriteria { Tags = ["distillation"], TagMode = TagMode.Any }));
    }

    [Fact]
    public void Position_is_left_out_when_asked_and_a_cursor_replaces_the_page_number()
    {
        var cursor = new SearchCursor(PaperSort.Newest, false, null, new DateOnly(2024, 1, 2), null, 5);

        Assert.Equal("?q=graph", PaperQueryString.For(new PaperSearchCriteria { Query = "graph", Page = 4, Cursor = cursor }, withPosition: false));
        Assert.Equal("?page=4", PaperQueryString.For(new PaperSearchCriteria { Page = 4 }));
        Assert.Equal("?cursor=" + cursor.Encode(), PaperQueryString.For(new PaperSearchCriteria { Page = 4, Cursor = cursor }));
    }

    [Fact]
    public void Tags_are_written_comma_separated_in_one_parameter()
    {
        var url = PaperQueryString.For(new PaperSearchCriteria { Tags = ["distillation", "model-compression"], ExcludeTags = ["a", "b"] });

        Assert.Equal("?tags=distillation%2Cmodel-compression&excludeTags=a%2Cb", url);
    }

    [Fact]
    public void Comma_separated_and_repeated_tags_are_read_alike()
    {
        var commas = FromUrl("?tags=distillation,model-compression&excludeTags=a,b").Parse().Criteria!;
        var repeated = FromUrl("?tags=distillation&tags=model-compression&excludeTags=a&excludeTags=b").Parse().Criteria!;
        var mixed = FromUrl("?tags=distillation,model-compression&tags=distillation&excludeTags=a,,b,").Parse().Criteria!;

        Assert.Equal(["distillation", "model-compression"], commas.Tags);
        Assert.Equal(Describe(commas), Describe(repeated));
        Assert.Equal(Describe(commas), Describe(mixed));
    }

    [Fact]
    public void Tags_are_read_as_slugs_without_spaces_case_or_duplicates()
    {
        var criteria = new PaperQuery { Tags = [" Distillation , Model Compression ", "DISTILLATION"] }.Parse().Criteria!;

        Assert.Equal(["distillation", "model-compression"], criteria.Tags);
    }

    [Fact]
    public void Blank_parameters_mean_their_defaults()
    {
        var criteria = FromUrl("?q=%20%20&tags=&tagMode=&yearFrom=&sort=&page=&pageSize=&hasUpvotes=&source=%20").Parse().Criteria!;

        Assert.Equal(Describe(new PaperSearchCriteria()), Describe(criteria));
    }

    [Fact]
    public void Every_bad_parameter_is_reported_at_once_and_gives_no_criteria()
    {
        var (criteria, errors) = FromUrl("?sort=bogus&tagMode=some&pageSize=0&yearFrom=2025&yearTo=2020&cursor=nope").Parse();

        Assert.Null(criteria);
        Assert.Equal(["cursor", "pageSize", "sort", "tagMode", "yearTo"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_page_reads_the_rest_of_a_link_and_names_each_parameter_it_left_out()
    {
        var (criteria, ignored) = FromUrl("?q=distillation&tags=distillation&sort=bogus&pageSize=0&yearFrom=2025&yearTo=2020").ParseIgnoringErrors();

        Assert.Equal(Describe(new PaperSearchCriteria { Query = "distillation", Tags = ["distillation"], YearFrom = 2025 }), Describe(criteria));
        Assert.Equal(["pageSize", "sort", "yearTo"], ignored.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'bogus' is not one of", ignored["sort"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_out_a_search_also_leaves_out_the_relevance_cursor_that_needed_it()
    {
        var cursor = new SearchCursor(PaperSort.Relevance, false, 0.5, null, null, 7).Encode();
        var tooLong = new string('x', PaperSearchCriteria.MaxQueryLength + 1);

        var (criteria, ignored) = FromUrl($"?q={tooLong}&cursor={Uri.EscapeDataString(cursor)}&hasUpvotes=true").ParseIgnoringErrors();

        Assert.Equal(Describe(new PaperSearchCriteria { HasUpvotes = true }), Describe(criteria));
        Assert.Equal(["cursor", "q"], ignored.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_readable_link_leaves_nothing_out()
    {
        var (criteria, ignored) = FromUrl("?q=graph&tags=distillation&yearFrom=2023").ParseIgnoringErrors();

        Assert.Empty(ignored);
        Assert.Equal(Describe(FromUrl("?q=graph&tags=distillation&yearFrom=2023").Parse().Criteria), Describe(criteria));
    }

    /// <summary>Reads a query string the way ASP.NET Core binds it: every parameter name, each value URL-decoded.</summary>
    private static PaperQuery FromUrl(string url)
    {
        var values = QueryHelpers.ParseQuery(url);
        string? One(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        string[]? Many(string key) => values.TryGetValue(key, out var v) ? v.Select(static s => s ?? "").ToArray() : null;
        return new PaperQuery
        {
            Q = One("q"), Tags = Many("tags"), TagMode = One("tagMode"), ExcludeTags = Many("excludeTags"), YearFrom = One("yearFrom"), YearTo = One("yearTo"),
            HasUpvotes = One("hasUpvotes"), Source = One("source"), Sort = One("sort"), Cursor = One("cursor"), Page = One("page"), PageSize = One("pageSize"),
        };
    }

    // Criteria hold lists, which records compare by reference: compare what they mean instead.
    private static string Describe(PaperSearchCriteria? c) => c is null ? "null" : string.Join(
        " | ",
        $"q={c.Query}",
        $"tags={string.Join(',', c.Tags)}",
        $"mode={(c.Tags.Count > 1 ? c.TagMode : TagMode.All)}",
        $"exclude={string.Join(',', c.ExcludeTags)}",
        $"years={c.YearFrom}-{c.YearTo}",
        $"upvoted={c.HasUpvotes}",
        $"source={c.Source}",
        $"sort={c.EffectiveSort}",
        $"cursor={c.Cursor}",
        $"page={(c.Cursor is null ? c.Page : 1)}",
        $"size={c.PageSize}");
}
