namespace PaperCatalog.Domain.Tags;

/// <summary>
/// A tag decision for one paper: applied automatically by the rules, or decided by an editor.
/// </summary>
/// <remarks>
/// A manual decision is kept even when it rejects the tag, so that neither a re-import nor
/// re-tagging can bring back what an editor removed.
/// </remarks>
public sealed class PaperTag
{
    public long PaperId { get; set; }

    public int TagId { get; set; }

    public Tag? Tag { get; set; }

    public TagSource Source { get; set; }

    /// <summary>True for a manual decision that the paper does not carry the tag.</summary>
    public bool IsRejected { get; set; }

    /// <summary>How sure the rules are, from 0 to 1; 1 for manual decisions.</summary>
    public double Confidence { get; set; }

    /// <summary>Why the tag applies: the matched phrases for automatic tags, a note for manual ones.</summary>
    public string? Evidence { get; set; }

    /// <summary>The editor who made a manual decision.</summary>
    public string? DecidedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Who decided a paper's tag.</summary>
public enum TagSource
{
    Automatic,
    Manual,
}
