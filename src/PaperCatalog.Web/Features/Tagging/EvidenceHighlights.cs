using PaperCatalog.Data.Search;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>Marks in a paper's title or abstract the phrases that counted towards an automatic tag.</summary>
public static class EvidenceHighlights
{
    /// <param name="title">The paper's title, as the tagger read it.</param>
    /// <param name="abstractText">The paper's abstract, as the tagger read it.</param>
    /// <param name="evidence">The tag's stored evidence (<see cref="EvidenceSpan.Serialize"/>).</param>
    /// <param name="field">Which of the two to mark: <see cref="EvidenceSpan.Title"/> or <see cref="EvidenceSpan.Abstract"/>.</param>
    /// <remarks>Passing mentions (weight 0) are left unmarked: they are why a phrase did not count.</remarks>
    public static HighlightedText In(string title, string abstractText, string? evidence, string field) =>
        HighlightedText.FromRanges(
            field == EvidenceSpan.Title ? title : abstractText,
            EvidenceSpan.Parse(evidence, title, abstractText).Where(e => e.Field == field && e.Weight > 0).Select(static e => (e.Start, e.Length)));
}
