using Bunit;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Web.Features.Papers;

namespace PaperCatalog.ComponentTests.Papers;

/// <summary>Why an automatic tag applies: each phrase once, where it was found, and whether it counted.</summary>
public sealed class TagEvidenceViewTests : MudComponentTest
{
    private const string Title = "Distillation for Graphs";

    private const string Abstract = "We apply distillation. Unlike distillation-based surveys, a teacher helps. Distillation again.";

    [Fact]
    public void Repeated_phrases_are_grouped_with_where_they_were_found_and_read_from_the_paper()
    {
        var evidence = EvidenceSpan.Serialize(
        [
            new(EvidenceSpan.Title, 0, 12, "", 2),
            new(EvidenceSpan.Abstract, 9, 12, "", 1),
            new(EvidenceSpan.Abstract, 75, 12, "", 1),
            new(EvidenceSpan.Abstract, 60, 7, "", 0.5),
        ]);

        var cut = RenderView(evidence);

        var items = cut.FindAll("li");
        Assert.Equal(["Distillation", "teacher"], items.Select(static li => li.QuerySelector("q")!.TextContent));
        Assert.Equal(["title, abstract ×2", "abstract"], items.Select(static li => li.QuerySelector(".evidence-where")!.TextContent));
        Assert.All(items, li => Assert.Equal("for", li.ClassName));
    }

    [Fact]
    public void Passing_mentions_and_phrases_against_the_tag_are_told_apart()
    {
        var evidence = EvidenceSpan.Serialize(
        [
            new(EvidenceSpan.Abstract, 9, 12, "", 1),
            new(EvidenceSpan.Abstract, 30, 12, "", 0),
            new(EvidenceSpan.Abstract, 49, 7, "", -1),
        ]);

        var cut = RenderView(evidence);

        Assert.Equal("abstract", cut.Find("li.for .evidence-where").TextContent);
        Assert.Equal("distillation", cut.Find("li.ignored q").TextContent);
        Assert.Equal("abstract · passing mention, not counted", cut.Find("li.ignored .evidence-where").TextContent);
        Assert.Equal("surveys", cut.Find("li.against q").TextContent);
        Assert.Equal("abstract · counts against", cut.Find("li.against .evidence-where").TextContent);
    }

    [Fact]
    public void Evidence_stored_with_its_text_before_the_compact_form_still_shows()
    {
        const string evidence = """[{"field":"title","start":0,"length":12,"text":"Distillation","weight":2}]""";

        var cut = RenderView(evidence);

        Assert.Equal("Distillation", cut.Find("li.for q").TextContent);
        Assert.Equal("title", cut.Find("li.for .evidence-where").TextContent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Checked by hand: clearly about distillation.")]
    public void Evidence_that_is_not_a_list_of_phrases_shows_nothing(string? evidence)
    {
        var cut = RenderView(evidence);

        Assert.Empty(cut.FindAll("ul"));
    }

    private IRenderedComponent<TagEvidenceView> RenderView(string? evidence) =>
        Render<TagEvidenceView>(p => p.Add(v => v.Evidence, evidence).Add(v => v.Title, Title).Add(v => v.Abstract, Abstract));
}
