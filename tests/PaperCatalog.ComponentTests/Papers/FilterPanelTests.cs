using Bunit;
using Microsoft.AspNetCore.Components.Web;
using PaperCatalog.Data.Search;
using PaperCatalog.Web.Features.Papers;
using PaperCatalog.Web.Features.Tags;

namespace PaperCatalog.ComponentTests.Papers;

/// <summary>Each filter control calls OnChange with the criteria it asks for, keeping the rest of the search.</summary>
public sealed class FilterPanelTests : MudComponentTest
{
    private static readonly IReadOnlyList<TagName> Tags =
    [
        new("distillation", "Knowledge distillation", "Teacher to student."),
        new("mixture-of-experts", "Mixture of experts", "Routed experts."),
        new("model-compression", "Model compression", "Smaller models."),
    ];

    private static readonly SearchFacets Facets = new(
        [new("distillation", 110), new("model-compression", 43)],
        [new(2023, 14), new(2024, 7)],
        [new("001_6e52ae5627ce65b1.txt", 92)]);

    private readonly List<PaperSearchCriteria> _changes = [];

    // The layout holds one popover provider, which the source select needs.
    public FilterPanelTests() => RenderPopoverProvider();

    [Fact]
    public void Each_tag_shows_the_count_for_the_current_search()
    {
        var cut = RenderPanel(new PaperSearchCriteria { Query = "distillation" });

        Assert.Equal("110", cut.Find("[data-tag='distillation'] .facet-count").TextContent);
        Assert.Equal("43", cut.Find("[data-tag='model-compression'] .facet-count").TextContent);
        Assert.Equal("0", cut.Find("[data-tag='mixture-of-experts'] .facet-count").TextContent);
    }

    [Fact]
    public void Large_counts_are_written_with_thousands_separators()
    {
        var cut = RenderPanel(new PaperSearchCriteria(), new SearchFacets([new("distillation", 12_345)], [new(2024, 4_321)], []));

        Assert.Equal("12,345", cut.Find("[data-tag='distillation'] .facet-count").TextContent);
        Assert.Equal("4,321", cut.Find(".year-facets .facet-count").TextContent);
    }

    [Fact]
    public void Undated_matches_are_counted_after_the_years()
    {
        var cut = RenderPanel(new PaperSearchCriteria(), Facets with { Undated = 1_234 });

        Assert.Equal("and 1,234 undated", cut.Find(".year-facets #undated-count").TextContent.Trim());
    }

    [Fact]
    public void Without_undated_matches_or_their_count_nothing_is_said_of_them()
    {
        Assert.Empty(RenderPanel(new PaperSearchCriteria(), Facets with { Undated = 0 }).FindAll("#undated-count"));
        Assert.Empty(RenderPanel(new PaperSearchCriteria { YearFrom = 2023 }, Facets).FindAll("#undated-count"));
    }

    [Fact]
    public void Checking_a_tag_adds_it_and_keeps_the_search()
    {
        var cut = RenderPanel(new PaperSearchCriteria { Query = "distillation", Tags = ["model-compression"], YearFrom = 2023 });

        cut.Find("[data-tag='distillation'] input[type=checkbox]").Change(true);

        var changed = Assert.Single(_changes);
        Assert.Equal(["model-compression", "distillation"], changed.Tags);
        Assert.Empty(changed.ExcludeTags);
        Assert.Equal(("distillation", 2023), (changed.Query, changed.YearFrom));
    }

    [Fact]
    public void Unchecking_a_tag_removes_it()
    {
        var cut = RenderPanel(new PaperSearchCriteria { Tags = ["distillation", "model-compression"] });

        Assert.True(cut.Find("[data-tag='distillation'] input[type=checkbox]").HasAttribute("checked"));
        cut.Find("[data-tag='distillation'] input[type=checkbox]").Change(false);

        Assert.Equal(["model-compression"], Assert.Single(_changes).Tags);
    }

    [Fact]
    public void The_exclude_button_excludes_a_tag_and_unchecks_it()
    {
        var cut = RenderPanel(new PaperSearchCriteria { Tags = ["distillation"] });

        cut.Find("[data-tag='distillation'] button").Click();

        var changed = Assert.Single(_changes);
        Assert.Equal(["distillation"], changed.ExcludeTags);
        Assert.Empty(changed.Tags);
    }

    [Fact]
    public void An_excluded_tag_is_marked_and_its_button_stops_excluding_it()
    {
        var cut = RenderPanel(new PaperSearchCriteria { ExcludeTags = ["distillation", "mixture-of-experts"] });

        Assert.Contains("excluded", cut.Find("[data-tag='distillation']").ClassList);
        Assert.DoesNotContain("excluded", cut.Find("[data-tag='model-compression']").ClassList);
        var button = cut.Find("[data-tag='distillation'] button");
        Assert.Equal("Stop excluding Knowledge distillation", button.GetAttribute("aria-label"));
        button.Click();

        Assert.Equal(["mixture-of-experts"], Assert.Single(_changes).ExcludeTags);
    }

    [Fact]
    public void Each_control_shows_its_state_as_MudBlazor_would()
    {
        var cut = RenderPanel(new PaperSearchCriteria { Tags = ["distillation"], ExcludeTags = ["model-compression"], YearFrom = 2024, YearTo = 2024 });

        Assert.Contains("mud-checkbox-true", cut.Find("[data-tag='distillation'] .mud-icon-button").ClassList);
        Assert.Contains("mud-checkbox-false", cut.Find("[data-tag='mixture-of-experts'] .mud-icon-button").ClassList);
        Assert.Contains("mud-error-text", cut.Find("[data-tag='model-compression'] button").ClassList);
        Assert.DoesNotContain("mud-error-text", cut.Find("[data-tag='distillation'] button").ClassList);
        var chips = cut.FindAll(".year-facets .mud-chip");
        Assert.Equal(["false", "true"], chips.Select(static c => c.GetAttribute("aria-pressed")));
        Assert.Contains("mud-chip-filled", chips[1].ClassList);
    }

    [Fact]
    public void All_or_any_is_offered_only_for_two_tags_or_more()
    {
        Assert.Empty(RenderPanel(new PaperSearchCriteria { Tags = ["distillation"] }).FindAll("#tag-mode"));
        Assert.NotEmpty(RenderPanel(new PaperSearchCriteria { Tags = ["distillation", "model-compression"] }).FindAll("#tag-mode"));
    }

    [Fact]
    public async Task A_year_chip_with_its_count_chooses_that_year()
    {
        var cut = RenderPanel(new PaperSearchCriteria { Query = "distillation" });

        var chips = cut.FindAll(".year-facets .mud-chip");
        Assert.Equal(["2023 14", "2024 7"], chips.Select(static c => string.Join(' ', c.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        // Awaited, so the assertion cannot run before the click's handler finishes.
        await chips[1].ClickAsync(new MouseEventArgs());

        var changed = Assert.Single(_changes);
        Assert.Equal((2024, 2024, "distillation"), (changed.YearFrom, changed.YearTo, changed.Query));
    }

    [Fact]
    public async Task The_chosen_year_chip_clears_the_year_range()
    {
        var cut = RenderPanel(new PaperSearchCriteria { YearFrom = 2024, YearTo = 2024, HasUpvotes = true });

        await cut.FindAll(".year-facets .mud-chip")[1].ClickAsync(new MouseEventArgs());

        var changed = Assert.Single(_changes);
        Assert.Equal((null, null, true), (changed.YearFrom, changed.YearTo, changed.HasUpvotes));
    }

    [Fact]
    public void The_upvotes_switch_asks_for_upvoted_papers()
    {
        var cut = RenderPanel(new PaperSearchCriteria());

        cut.Find("input#has-upvotes").Change(true);

        Assert.True(Assert.Single(_changes).HasUpvotes);
    }

    private IRenderedComponent<FilterPanel> RenderPanel(PaperSearchCriteria criteria, SearchFacets? facets = null) => Render<FilterPanel>(p => p
            .Add(f => f.Criteria, criteria)
            .Add(f => f.Tags, Tags)
            .Add(f => f.Facets, facets ?? Facets)
            .Add(f => f.OnChange, c => _changes.Add(c)));
}
