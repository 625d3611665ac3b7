using PaperCatalog.Domain.Tagging;
using PaperCatalog.Web.Features.Tagging;

namespace PaperCatalog.ComponentTests.Tagging;

/// <summary>Showing a tag's evidence marks, in the title or the abstract, the phrases that counted for it.</summary>
public sealed class EvidenceHighlightsTests
{
    private const string Title = "Distilling Graphs";

    private const string Abstract = "Unlike distillation, we distill a teacher.";

    private static readonly string Evidence = EvidenceSpan.Serialize(
        [new(EvidenceSpan.Title, 0, 10, "", 2), new(EvidenceSpan.Abstract, 7, 12, "", 0), new(EvidenceSpan.Abstract, 24, 7, "", 1), new(EvidenceSpan.Abstract, 34, 7, "", -1)]);

    [Theory]
    [InlineData(EvidenceSpan.Title, "Distilling")]
    [InlineData(EvidenceSpan.Abstract, "distill")] // not the passing mention, nor the phrase against the tag
    public void Each_field_marks_its_own_phrases_that_counted_for_the_tag(string field, string marked)
    {
        var text = EvidenceHighlights.In(Title, Abstract, Evidence, field);

        Assert.Equal(field == EvidenceSpan.Title ? Title : Abstract, text.Text);
        Assert.Equal([marked], text.Segments.Where(static s => s.IsMatch).Select(static s => s.Text));
    }

    [Fact]
    public void A_note_marks_nothing() =>
        Assert.False(EvidenceHighlights.In(Title, Abstract, "Checked by hand.", EvidenceSpan.Abstract).HasMatches);
}
