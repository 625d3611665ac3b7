namespace PaperCatalog.Domain.Papers;

/// <summary>The fields of a paper that a dump record can set.</summary>
public enum PaperField
{
    Title,
    Abstract,
    PublishedOn,
    AuthorCount,
    Organization,
    Upvotes,
}

/// <summary>One field a merge changes, with readable before and after values.</summary>
public sealed record FieldChange(PaperField Field, string? Before, string? After);
