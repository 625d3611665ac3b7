
namespace PaperCatalog.Web.Features.Papers;

/// <summary>The JSON of <c>GET /api/papers/{id}</c>.</summary>
/// <param name="TitleHighlighted">HTML: the title, HTML-encoded, with a search's words in &lt;mark&gt;.</param>
/// <param name="AbstractHighlighted">HTML: the abstract, HTML-encoded, with a search's words in &lt;mark&gt;.</param>
public sealed record PaperDetailsResponse(
    long Id,
    string Title,
    string TitleHighlighted,
    bool TitleIsDerived,
    string Abstract,
    string AbstractHighlighted,
    DateOnly? PublishedOn,
    bool PublishedYearInferred,
    int? AuthorCount,
    string? Organization,
    int Upvotes,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<TagItem> Tags,
    IReadOnlyList<Provenance> Sources)
{
    public static PaperDetailsResponse From(PaperDetails paper) => new(
        paper.Id,
        paper.Title.Text,
        paper.Title.ToHtml(),
        paper.TitleIsDerived,
        paper.Abstract.Text,
        paper.Abstract.ToHtml(),
        paper.PublishedOn,
        paper.PublishedYearInferred,
        paper.AuthorCount,
        paper.Organization,
        paper.Upvotes,
        paper.CreatedAt,
        paper.UpdatedAt,
        paper.Tags.Select(tag => TagItem.From(tag, paper.Title.Text, paper.Abstract.Text)).ToList(),
        paper.Sources);
}
