using System.Globalization;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.UnitTests.Tagging;

/// <summary>
/// Evidence is stored with each automatic tag as where its phrases are, without their text, which is read back from
/// the paper; editors may overwrite it with a note.
/// </summary>
public sealed class EvidenceSpanTests
{
    private const string Title = "Distilling Knowledge Graphs";

    private const string Abstract = "Unlike \"distillation\"-based methods, we prune knowledge graphs. Destillation für Modelle – naïve 🧪 distillation.";

    private static readonly EvidenceSpan[] Spans =
    [
        new(EvidenceSpan.Title, 0, 10, "Distilling", 2.0),
        new(EvidenceSpan.Abstract, 0, 27, "Unlike \"distillation\"-based", 0),
        new(EvidenceSpan.Abstract, 46, 16, "knowledge graphs", -0.25),
        new(EvidenceSpan.Abstract, 64, 32, "Destillation für Modelle – naïve", 0.333),
        new(EvidenceSpan.Abstract, 100, 12, "distillation", 1e-5),
    ];

    [Fact]
    public void Spans_survive_a_round_trip_through_their_stored_form_with_their_text_read_from_the_paper() =>
        Assert.Equal(Spans, EvidenceSpan.Parse(EvidenceSpan.Serialize(Spans), Title, Abstract));

    [Fact]
    public void The_stored_form_is_a_json_list_of_field_start_length_and_weight_without_the_text() =>
        Assert.Equal(
            """[["t",0,10,2],["a",0,27,0],["a",46,16,-0.25],["a",64,32,0.333],["a",100,12,1E-05]]""",
            EvidenceSpan.Serialize(Spans));

    [Fact]
    public void The_text_is_whatever_the_field_holds_at_the_span_now()
    {
        var stored = EvidenceSpan.Serialize([new(EvidenceSpan.Title, 0, 10, "Distilling", 2.0), new(EvidenceSpan.Abstract, 7, 5, "prune", 1)]);

        Assert.Equal(["Distilled ", "Moves"], EvidenceSpan.Parse(stored, "Distilled Moves", "Split. Moves left").Select(static s => s.Text));
    }

    [Fact]
    public void Weights_are_written_the_same_under_a_culture_with_a_decimal_comma()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("2,5", 2.5.ToString(CultureInfo.CurrentCulture)); // the culture does write a comma
            Assert.Equal("""[["a",801,20,2.5],["t",0,19,-1],["a",3,4,0.8]]""", EvidenceSpan.Serialize(
                [new(EvidenceSpan.Abstract, 801, 20, "", 2.5), new(EvidenceSpan.Title, 0, 19, "", -1), new(EvidenceSpan.Abstract, 3, 4, "", 0.8)]));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Evidence_stored_as_objects_before_the_compact_form_still_reads_with_its_text_from_the_paper()
    {
        // The stored text is not used: a row reads the same before and after the migration rewrites it.
        const string stored = """
            [{"field":"title","start":0,"length":10,"text":"Distilling","weight":2},
             {"field":"abstract","start":46,"length":16,"text":"knowledge GRAPHS","weight":-0.25}]
            """;

        Assert.Equal(Spans[0..1].Append(Spans[2]), EvidenceSpan.Parse(stored, Title, Abstract));
    }

    [Fact]
    public void No_spans_are_stored_as_an_empty_list_and_read_back_as_none()
    {
        Assert.Equal("[]", EvidenceSpan.Serialize([]));
        Assert.Empty(EvidenceSpan.Parse(EvidenceSpan.Serialize([]), Title, Abstract));
    }

    [Theory]
    [InlineData("""[["t",21,10,2]]""", "Graphs")] // runs past the end: cut at it
    [InlineData("""[["t",27,0,2]]""", "")] // empty, at the very end
    [InlineData("""[["t",27,3,2]]""", null)] // starts at the end: nothing left
    [InlineData("""[["t",99,10,2]]""", null)]
    [InlineData("""[["t",-1,10,2]]""", null)]
    [InlineData("""[["t",0,-10,2]]""", null)]
    [InlineData("""[["t",5,2147483647,2]]""", "lling Knowledge Graphs")]
    [InlineData("""[{"field":"title","start":30,"length":5,"text":"later","weight":1}]""", null)]
    public void A_span_beyond_its_field_is_cut_to_it_or_dropped_and_never_throws(string stored, string? text) =>
        Assert.Equal(text is null ? [] : [text], EvidenceSpan.Parse(stored, Title, Abstract).Select(static s => s.Text));

    [Fact]
    public void The_spans_that_fit_are_kept_beside_one_that_does_not() =>
        Assert.Equal(
            [new EvidenceSpan(EvidenceSpan.Title, 0, 10, "Distilling", 2), new EvidenceSpan(EvidenceSpan.Abstract, 46, 16, "knowledge graphs", 1)],
            EvidenceSpan.Parse("""[["t",0,10,2],["t",200,5,1],["a",46,16,1]]""", Title, Abstract));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Confirmed by the editor: the paper is about distillation.")]
    [InlineData("[needs review] the abstract only mentions MoE")]
    [InlineData("""{"field":"title","start":0,"length":10,"text":"Distilling","weight":2}""")]
    [InlineData("""[{"field":"title","start":"zero"}]""")]
    [InlineData("""[{"field":"heading","start":0,"length":10,"text":"Distilling","weight":2}]""")]
    [InlineData("[1, 2, 3]")]
    [InlineData("""[{"field":"title","start":0,""")]
    [InlineData("""[["t",0,10]]""")]
    [InlineData("""[["t",0,10,2,5]]""")]
    [InlineData("""[["title",0,10,2]]""")]
    [InlineData("""[["x",0,10,2]]""")]
    [InlineData("""[["t","0",10,2]]""")]
    [InlineData("""[["t",0.5,10,2]]""")]
    [InlineData("""[["t",0,10,"2"]]""")]
    [InlineData("""[["t",0,10,2],"a"]""")]
    [InlineData("""[["t",0,10,2]""")]
    [InlineData("""[["t",0,10,2]] and a note""")]
    public void Text_that_is_not_a_list_of_spans_gives_no_evidence(string? stored) =>
        Assert.Empty(EvidenceSpan.Parse(stored, Title, Abstract));

    [Fact]
    public void A_span_in_a_field_the_paper_has_no_text_for_cannot_be_stored() =>
        Assert.Throws<ArgumentException>(() => EvidenceSpan.Serialize([new("body", 0, 4, "text", 1)]));
}
