using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.UnitTests.Tagging;

/// <summary>Evidence is stored as JSON with each automatic tag; editors may overwrite it with a note.</summary>
public sealed class EvidenceSpanTests
{
    private static readonly EvidenceSpan[] Spans =
    [
        new(EvidenceSpan.Title, 0, 10, "Distilling", 2.0),
        new(EvidenceSpan.Abstract, 0, 25, "Unlike \"distillation\"-based", 0),
        new(EvidenceSpan.Abstract, 40, 16, "knowledge graphs", -0.25),
        new(EvidenceSpan.Abstract, 90, 32, "Destillation für Modelle – naïve", 0.333),
    ];

    [Fact]
    public void Spans_survive_a_round_trip_through_their_stored_form() =>
        Assert.Equal(Spans, EvidenceSpan.Parse(EvidenceSpan.Serialize(Spans)));

    [Fact]
    public void The_stored_form_is_a_json_list_with_camel_case_names()
    {
        var stored = EvidenceSpan.Serialize([new(EvidenceSpan.Title, 0, 10, "Distilling", 2.0)]);

        Assert.Equal("""[{"field":"title","start":0,"length":10,"text":"Distilling","weight":2}]""", stored);
    }

    [Fact]
    public void No_spans_are_stored_as_an_empty_list_and_read_back_as_none() =>
        Assert.Empty(EvidenceSpan.Parse(EvidenceSpan.Serialize([])));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Confirmed by the editor: the paper is about distillation.")]
    [InlineData("[needs review] the abstract only mentions MoE")]
    [InlineData("""{"field":"title","start":0,"length":10,"text":"Distilling","weight":2}""")]
    [InlineData("""[{"field":"title","start":"zero"}]""")]
    [InlineData("[1, 2, 3]")]
    [InlineData("""[{"field":"title","start":0,""")]
    public void Text_that_is_not_a_list_of_spans_gives_no_evidence(string? stored) =>
        Assert.Empty(EvidenceSpan.Parse(stored));
}
