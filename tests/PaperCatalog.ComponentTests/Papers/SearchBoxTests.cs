using Bunit;
using Microsoft.AspNetCore.Components.Web;
using PaperCatalog.Web.Features.Papers;

namespace PaperCatalog.ComponentTests.Papers;

/// <summary>The search field searches on Enter with what was typed.</summary>
public sealed class SearchBoxTests : MudComponentTest
{
    private readonly List<string?> _searches = [];

    [Fact]
    public void Enter_searches_for_the_typed_text()
    {
        var cut = Render<SearchBox>(p => p.Add(s => s.OnSearch, q => _searches.Add(q)));

        var input = cut.Find("#search-input");
        input.Input("graph distillation");
        cut.Find("#search-input").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal(["graph distillation"], _searches);
    }

    [Fact]
    public void Other_keys_do_not_search()
    {
        var cut = Render<SearchBox>(p => p.Add(s => s.OnSearch, q => _searches.Add(q)));

        cut.Find("#search-input").Input("graph");
        cut.Find("#search-input").KeyDown(new KeyboardEventArgs { Key = "a" });
        cut.Find("#search-input").KeyDown(new KeyboardEventArgs { Key = "Tab" });

        Assert.Empty(_searches);
    }

    [Fact]
    public void The_current_search_is_shown_and_searched_again_on_enter()
    {
        var cut = Render<SearchBox>(p => p.Add(s => s.Query, "knowledge transfer").Add(s => s.OnSearch, q => _searches.Add(q)));

        Assert.Equal("knowledge transfer", cut.Find("#search-input").GetAttribute("value"));
        cut.Find("#search-input").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal(["knowledge transfer"], _searches);
    }

    [Fact]
    public void A_new_query_from_the_page_replaces_the_text()
    {
        var cut = Render<SearchBox>(p => p.Add(s => s.Query, "first").Add(s => s.OnSearch, q => _searches.Add(q)));

        cut.Render(p => p.Add(s => s.Query, "second"));
        cut.Find("#search-input").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal(["second"], _searches);
    }

    [Fact]
    public void The_page_rendering_again_with_the_same_search_keeps_what_is_being_typed()
    {
        var cut = Render<SearchBox>(p => p.Add(s => s.Query, "first").Add(s => s.OnSearch, q => _searches.Add(q)));

        cut.Find("#search-input").Input("graph distillation");
        cut.Render(p => p.Add(s => s.Query, "first"));
        cut.Find("#search-input").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal(["graph distillation"], _searches);
    }
}
