namespace PaperCatalog.Web.Features.Tagging;

/// <summary>What <see cref="DecidePaperTags"/> did: how many papers changed, or why nothing did.</summary>
/// <param name="Changed">The papers whose tag changed; those already so are not counted.</param>
/// <param name="Error">Why nothing changed, in words for the editor; <c>null</c> when the decision was made.</param>
public readonly record struct TagDecision(int Changed, string? Error)
{
    /// <summary>The kind of refusal, for the API's status code; <see cref="TagDecisionRefusal.None"/> when the decision was made.</summary>
    public TagDecisionRefusal Refusal { get; init; }

    public static TagDecision Refused(TagDecisionRefusal refusal, string error) => new(0, error) { Refusal = refusal };
}

public enum TagDecisionRefusal
{
    None,
    NotEditor,
    TooManyPapers,
    UnknownTag,
    UnknownPaper,
}
