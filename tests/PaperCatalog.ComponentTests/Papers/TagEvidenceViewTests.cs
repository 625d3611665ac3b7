using Bunit;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Web.Features.Papers;

namespace PaperCatalog.ComponentTests.Papers;

/// <summary>Why an automatic tag applies: each phrase once, where it was found, and whether it counted.</summary>
public sealed class TagEvidenceViewTests : MudComponentTest
{
    [Fact]
    public void Repeated_phrases_are_grouped_with_where_they_were_found()
    {
        var evidence = EvidenceSpan.Serialize(
        [
            new(EvidenceSpan.Title, 0, 12, "Distillation", 2),
            new(EvidenceSpan.Abstract, 10, 12, "distillation", 1),
            new(EvidenceSpan.Abstract, 80, 12, "distillation", 1),
            new(EvidenceSpan.Abstract, 120, 7, "teacher", 0.5),
        ]);

        var cut = Render<TagEvidenceView>(p => p.Add(v => v.Evidence, evidence));

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
            new(EvidenceSpan.Abstract, 0, 12, "distillation", 1),
            new(EvidenceSpan.Abstract, 40, 12, "distillation", 0),
            new(EvidenceSpan.Abstract, 90, 6, "survey", -1),
        ]);

        var cut = Render<TagEvidenceView>(p => p.Add(v => v.Evidence, evidence));

        Assert.Equal("abstract", cut.Find("li.for .evidence-where").TextContent);
        Assert.Equal("distillation", cut.Find("li.ignored q").TextContent);
        Assert.Equal("abstract · passing mention, not counted", cut.Find("li.ignored .evidence-where").TextContent);
        Assert.Equal("survey", cut.Find("li.against q").TextContent);
        Assert.Equal("abstract · counts against", cut.Find("li.against .evidence-where").TextContent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Checked by hand: clearly about distillation.")]
    public void Evidence_that_is_not_a_list_of_phrases_shows_nothing(string? evidence)
    {
        var cut = Render<TagEvidenceView>(p => p.Add(v => v.Evidence, evidence));

        Assert.Empty(cut.FindAll("ul"));
    }
}
