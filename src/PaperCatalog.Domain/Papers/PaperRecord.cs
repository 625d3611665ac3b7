namespace PaperCatalog.Domain.Papers;

/// <summary>
/// One paper as a single dump describes it, before it is matched against the catalog.
/// </summary>
/// <param name="Title">The title, or <c>null</c> when the dump gives only an abstract.</param>
/// <param name="Abstract">The abstract text, already decoded and trimmed.</param>
/// <param name="PublishedOn">The publication date, when the dump shows one.</param>
/// <param name="PublishedYearInferred">True when the dump showed no year and it was inferred.</param>
/// <param name="AuthorCount">The number of authors, when the dump shows it.</param>
/// <param name="Organization">The organization shown instead of authors.</param>
/// <param name="Upvotes">The upvote count, when the dump shows it.</param>
/// <param name="LineNumber">The 1-based line in the dump file where the record starts.</param>
public sealed record PaperRecord(
    string? Title,
    string Abstract,
    DateOnly? PublishedOn,
    bool PublishedYearInferred,
    int? AuthorCount,
    string? Organization,
    int? Upvotes,
    int LineNumber)
{
    /// <summary>The key this record matches on by title, or <c>null</c> when it has none.</summary>
    public Guid? TitleKey => Title is null ? null : PaperKeys.ForTitle(Title);

    /// <summary>The key this record matches on by abstract.</summary>
    public Guid AbstractKey => PaperKeys.ForAbstract(Abstract);
}
