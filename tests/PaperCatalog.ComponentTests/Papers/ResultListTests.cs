using Bunit;
using PaperCatalog.Data.Search;
using PaperCatalog.Web.Features.Papers;

namespace PaperCatalog.ComponentTests.Papers;

/// <summary>The results of a search: the count and cards, or an empty state that helps; notices about the search.</summary>
public sealed class ResultListTests : MudComponentTest
{
    [Fact]
    public void Results_show_their_count_and_one_card_per_paper()
    {
        var page = new SearchPage(new PaperSearchCriteria { Query = "distillation" }, Sample.Result(57, [Sample.Paper(id: 1), Sample.Paper(id: 2)]), [], null);

        var cut = RenderList(page);

        Assert.Equal("57 papers for “distillation”", cut.Find("#result-count").TextContent.Trim());
        Assert.Equal(["1", "2"], cut.FindAll(".paper-card").Select(static c => c.GetAttribute("data-paper-id")));
        Assert.Empty(cut.FindAll("#empty-state"));
        Assert.Equal("/papers/1?q=distillation", cut.Find(".paper-card a.paper-title").GetAttribute("href"));
    }

    [Theory]
    [InlineData("\"language model\"", "\"language model\"")]
    [InlineData("distillation \"knowledge transfer\"", "“distillation \"knowledge transfer\"”")]
    [InlineData("\"self\" \"distillation\"", "“\"self\" \"distillation\"”")]
    public void A_search_quoted_as_a_whole_is_named_by_its_own_quotes_only(string query, string named)
    {
        var found = RenderList(new SearchPage(new PaperSearchCriteria { Query = query }, Sample.Result(3, [Sample.Paper()]), [], null));
        var none = RenderList(new SearchPage(new PaperSearchCriteria { Query = query }, Sample.Result(0, []), [], null));

        Assert.Equal($"3 papers for {named}", found.Find("#result-count").TextContent.Trim());
        Assert.Equal($"No papers match {named}", none.Find("#empty-state h2").TextContent.Trim());
    }

    [Fact]
    public void One_result_without_a_search_is_one_paper()
    {
        var page = new SearchPage(new PaperSearchCriteria(), Sample.Result(1, [Sample.Paper()]), [], null);

        var cut = RenderList(page);

        Assert.Equal("1 paper", cut.Find("#result-count").TextContent.Trim());
    }

    [Fact]
    public void No_results_offer_the_corrected_search_and_similar_titles()
    {
        var page = new SearchPage(
            new PaperSearchCriteria { Query = "distilation knowlege" },
            Sample.Result(0, []),
            [new TitleSuggestion(46, "Class-relation Knowledge Distillation for Novel Class Discovery"), new TitleSuggestion(43, "Swing Distillation")],
            "distillation knowledge");

        var cut = RenderList(page);

        Assert.Contains("No papers match “distilation knowlege”", cut.Find("#empty-state h2").TextContent, StringComparison.Ordinal);
        Assert.Equal("distillation knowledge", cut.Find("#corrected-query").TextContent.Trim());
        var titles = cut.FindAll(".did-you-mean a");
        Assert.Equal(["/papers/46", "/papers/43"], titles.Select(static a => a.GetAttribute("href")));
        Assert.Equal("Swing Distillation", titles[1].TextContent.Trim());
        Assert.Empty(cut.FindAll(".paper-card"));

        Assert.Equal("/?q=distillation%20knowledge", cut.Find("#corrected-query").GetAttribute("href"));
    }

    [Fact]
    public void No_results_without_suggestions_still_offer_to_clear_the_filters()
    {
        var page = new SearchPage(new PaperSearchCriteria { Tags = ["mixture-of-experts"], YearFrom = 2019, YearTo = 2019 }, Sample.Result(0, []), [], null);

        var cut = RenderList(page);

        Assert.Equal("No papers match these filters", cut.Find("#empty-state h2").TextContent.Trim());
        Assert.Equal("Remove a filter, or clear the filters.", Normalized(cut.Find("#empty-advice").TextContent));
        Assert.Empty(cut.FindAll("#corrected-query"));
        Assert.Empty(cut.FindAll(".did-you-mean"));
        Assert.Equal("/", cut.Find("#clear-filters").GetAttribute("href"));
    }

    // The advice names only what narrowed the search: its words, its filters, both, or an empty catalog.
    [Theory]
    [InlineData("zebra", null, "No papers match “zebra”", "Try fewer or other words, or quotes for a phrase (its words in that order, any word form).")]
    [InlineData("zebra", "seed-001.txt", "No papers match “zebra” with these filters",
        "Try fewer or other words, or quotes for a phrase (its words in that order, any word form), or clear the filters and keep the search.")]
    [InlineData(null, null, "The catalog holds no papers yet", "An admin imports dump files on the Imports page.")]
    public void No_results_name_what_narrowed_the_search(string? query, string? source, string heading, string advice)
    {
        var cut = RenderList(new SearchPage(new PaperSearchCriteria { Query = query, Source = source }, Sample.Result(0, []), [], null));

        Assert.Equal(heading, cut.Find("#empty-state h2").TextContent.Trim());
        Assert.Equal(advice, Normalized(cut.Find("#empty-advice").TextContent));
        Assert.Equal(source is null ? 0 : 1, cut.FindAll("#clear-filters").Count);
    }

    [Fact]
    public void A_search_of_no_words_at_all_says_so()
    {
        var page = new SearchPage(new PaperSearchCriteria { Query = "!!!" }, Sample.Result(427, [Sample.Paper()], queryIgnored: true), [], null);

        Assert.StartsWith("“!!!” holds no words, so it narrows nothing", Normalized(RenderList(page).Find("#query-ignored").TextContent), StringComparison.Ordinal);
    }

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void A_search_of_only_common_words_says_it_was_ignored_and_still_shows_the_papers()
    {
        var page = new SearchPage(new PaperSearchCriteria { Query = "the" }, Sample.Result(427, [Sample.Paper()], queryIgnored: true), [], null);

        var cut = RenderList(page);

        Assert.Contains("“the” holds only very common words, so it narrows nothing: all papers matching the filters are shown, newest first", Normalized(cut.Find("#query-ignored").TextContent), StringComparison.Ordinal);
        Assert.Single(cut.FindAll(".paper-card"));
        Assert.Equal("427 papers", cut.Find("#result-count").TextContent.Trim()); // not "for “the”": it found them without it
    }

    [Theory]
    [InlineData(10_000, true, "10,000+ papers")]
    [InlineData(9_999, false, "9,999 papers")]
    [InlineData(1, false, "1 paper")]
    public void A_capped_count_reads_as_a_lower_bound(int total, bool capped, string expected)
    {
        var page = new SearchPage(new PaperSearchCriteria(), Sample.Result(total, [Sample.Paper()], totalIsCapped: capped), [], null);

        var cut = RenderList(page);

        Assert.StartsWith(expected, cut.Find("#result-count").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_that_was_used_shows_no_notice()
    {
        var page = new SearchPage(new PaperSearchCriteria { Query = "distillation" }, Sample.Result(1, [Sample.Paper()]), [], null);

        var cut = RenderList(page);

        Assert.Empty(cut.FindAll(".mud-alert"));
    }

    [Fact]
    public void A_page_kept_for_a_result_list_drops_the_full_texts_and_renders_the_same_cards()
    {
        var evidence = Sample.Distillation with { Evidence = """[["t",0,9,2]]""" };
        var page = new SearchPage(new PaperSearchCriteria { Query = "distillation" }, Sample.Result(2, [Sample.Paper(id: 1, tags: evidence), Sample.Paper(id: 2)]), [], null);

        var kept = page.ForResultList();

        Assert.All(kept.Result.Items, static paper => Assert.Equal((string.Empty, 0), (paper.Abstract, paper.Sources.Count)));
        Assert.Null(Assert.Single(kept.Result.Items[0].Tags).Evidence);
        RenderList(kept).MarkupMatches(RenderList(page).Markup);
    }

    private IRenderedComponent<ResultList> RenderList(SearchPage page) => Render<ResultList>(p => p.Add(r => r.Page, page));
}
