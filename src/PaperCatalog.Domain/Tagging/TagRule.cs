namespace PaperCatalog.Domain.Tagging;

/// <summary>
/// A pattern that speaks for (or against) a tag, over a paper's title and abstract. Rules live in
/// the database so admins can edit them; patterns are untrusted input (see <see cref="RulePattern"/>).
/// </summary>
public sealed class TagRule
{
    public int Id { get; set; }

    public int TagId { get; set; }

    /// <summary>A .NET regular expression, matched case-insensitively without backtracking.</summary>
    public required string Pattern { get; set; }

    public RuleKind Kind { get; set; }

    /// <summary>What one match is worth: positive for evidence, negative for a rule against the tag; ignored for passing mentions.</summary>
    public double Weight { get; set; }

    /// <summary>Why the rule exists, for the admin page.</summary>
    public string Note { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}

/// <summary>What a rule's matches do.</summary>
public enum RuleKind
{
    /// <summary>Matches are evidence for the tag, worth the rule's weight.</summary>
    Evidence,

    /// <summary>Matches mark a passing mention ("unlike distillation-based methods"): evidence inside them does not count.</summary>
    PassingMention,

    /// <summary>Matches count against the tag, by the rule's (negative) weight.</summary>
    Against,
}
