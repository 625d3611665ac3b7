namespace PaperCatalog.Ingestion.Parsing;

/// <summary>What a line of a dump is, judged by the line alone.</summary>
internal enum LineKind
{
    /// <summary>Page furniture: "Subscribe", "Daily Papers", "Get trending papers…".</summary>
    Chrome,

    /// <summary>The "·" line between a byline and a date.</summary>
    Separator,

    /// <summary>"• 11 authors".</summary>
    Authors,

    /// <summary>"May 5, 2023", "Oct 22" or "Aug 28, 2024 4" (the last number is upvotes).</summary>
    Date,

    /// <summary>Anything else: a title, an abstract or an organization.</summary>
    Text,
}
