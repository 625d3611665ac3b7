using Bunit;
using PaperCatalog.Data.Search;
using PaperCatalog.Web.Features.Papers;

namespace PaperCatalog.ComponentTests.Papers;

/// <summary>A paper in a result list: a link that keeps the search, the derived-title chip and technique chips.</summary>
public sealed class PaperCardTests : MudComponentTest
{
    [Fact]
    public void The_title_links_to_the_paper_and_carries_the_search()
    {
        var cut = Render<PaperCard>(p => p.Add(c => c.Paper, Sample.Paper(id: 42)).Add(c => c.Query, "\"knowledge distillation\" -survey"));

        Assert.Equal("/papers/42?q=%22knowledge%20distillation%22%20-survey", cut.Find("a.paper-title").GetAttribute("href"));
    }

    [Fact]
    public void Without_a_search_the_link_has_no_query()
    {
        var cut = Render<PaperCard>(p => p.Add(c => c.Paper, Sample.Paper(id: 7)));

        Assert.Equal("/papers/7", cut.Find("a.paper-title").GetAttribute("href"));
        Assert.Equal("7", cut.Find(".paper-card").GetAttribute("data-paper-id"));
    }

    [Fact]
    public void Only_a_derived_title_gets_the_derived_title_chip()
    {
        var derived = Render<PaperCard>(p => p.Add(c => c.Paper, Sample.Paper(derived: true)));
        var real = Render<PaperCard>(p => p.Add(c => c.Paper, Sample.Paper(derived: false)));

        Assert.Contains("derived title", derived.Find(".paper-card").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("derived title", real.Find(".paper-card").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_technique_is_a_chip_linking_to_its_filter_and_saying_who_tagged_it()
    {
        var cut = Render<PaperCard>(p => p.Add(c => c.Paper, Sample.Paper(tags: [Sample.Distillation, Sample.Compression])));

        var chips = cut.FindAll("a.mud-chip");
        Assert.Equal(["Knowledge distillation", "Model compression"], chips.Select(static c => c.TextContent.Trim()));
        Assert.Equal(["/?tags=distillation", "/?tags=model-compression"], chips.Select(static c => c.GetAttribute("href")));
        Assert.Equal("Tagged automatically (60% sure)", chips[0].GetAttribute("title"));
        Assert.Equal("Tagged by an editor", chips[1].GetAttribute("title"));
    }

    [Fact]
    public void A_paper_without_techniques_has_no_chips()
    {
        var cut = Render<PaperCard>(p => p.Add(c => c.Paper, Sample.Paper()));

        Assert.Empty(cut.FindAll(".mud-chip"));
    }

    [Fact]
    public void Matches_in_the_title_and_excerpt_are_marked()
    {
        var paper = Sample.Paper() with
        {
            TitleHighlight = new HighlightedText([new("Knowledge ", false), new("Distillation", true)]),
            Snippet = new HighlightedText([new("… we ", false), new("distill", true), new(" a teacher …", false)]),
        };

        var cut = Render<PaperCard>(p => p.Add(c => c.Paper, paper));

        Assert.Equal("Distillation", cut.Find(".paper-title mark").TextContent);
        Assert.Equal("distill", cut.Find(".abstract-excerpt mark").TextContent);
    }
}
