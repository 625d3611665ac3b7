namespace PaperCatalog.Domain.Tags;

/// <summary>One change to a paper's tags: who made it, when, and what it was. Shown as the paper's tag history.</summary>
public sealed class PaperTagChange
{
    public long Id { get; set; }

    public long PaperId { get; set; }

    public int TagId { get; set; }

    public TagChangeKind Kind { get; set; }

    /// <summary>The editor, or "rules" for changes made by applying edited rules.</summary>
    public required string ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The longest note the history stores.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>Optional context: the rule change applied, or an editor's note.</summary>
    public string? Note { get; set; }
}

/// <summary>What a tag change did.</summary>
public enum TagChangeKind
{
    /// <summary>An editor added the tag.</summary>
    Added,

    /// <summary>An editor removed the tag; the rules may not bring it back.</summary>
    Removed,

    /// <summary>An editor confirmed an automatic tag.</summary>
    Confirmed,

    /// <summary>Applying edited rules gave the paper the tag.</summary>
    RulesAdded,

    /// <summary>Applying edited rules took the tag away.</summary>
    RulesRemoved,

    /// <summary>An editor took back their confirm or reject: the tag is automatic again and waits for review.</summary>
    Reopened,
}
