using Bunit;
using PaperCatalog.Data.Search;
using PaperCatalog.Web.Components.Shared;

namespace PaperCatalog.ComponentTests.Shared;

/// <summary>Matches are marked; dump text is always text, never markup.</summary>
public sealed class HighlightedTextViewTests : MudComponentTest
{
    [Fact]
    public void Only_the_matching_segments_are_marked()
    {
        var text = new HighlightedText([new("Knowledge ", false), new("Distillation", true), new(" via ", false), new("Graphs", true)]);

        var cut = Render<HighlightedTextView>(p => p.Add(v => v.Text, text));

        Assert.Equal(["Distillation", "Graphs"], cut.FindAll("mark.match").Select(static m => m.TextContent));
        Assert.Equal("Knowledge Distillation via Graphs", cut.Nodes.Select(static n => n.TextContent).Aggregate("", string.Concat));
    }

    [Fact]
    public void Plain_text_has_no_marks()
    {
        var cut = Render<HighlightedTextView>(p => p.Add(v => v.Text, HighlightedText.Plain("Nothing matched here")));

        Assert.Empty(cut.FindAll("mark"));
        Assert.Equal("Nothing matched here", cut.Markup);
    }

    [Fact]
    public void Markup_in_the_text_renders_as_text_and_never_as_elements()
    {
        var text = new HighlightedText([new("<script>alert(1)</script> ", false), new("<b>bold</b>", true), new(" & <img src=x onerror=alert(2)>", false)]);

        var cut = Render<HighlightedTextView>(p => p.Add(v => v.Text, text));

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Equal("<b>bold</b>", cut.Find("mark").TextContent);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranges_from_tag_evidence_are_marked_like_search_matches()
    {
        var text = HighlightedText.FromRanges("We distill a teacher into a student.", [(3, 7), (28, 7)]);

        var cut = Render<HighlightedTextView>(p => p.Add(v => v.Text, text));

        Assert.Equal(["distill", "student"], cut.FindAll("mark").Select(static m => m.TextContent));
    }
}
