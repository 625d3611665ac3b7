namespace PaperCatalog.Domain.Imports;

/// <summary>A record an import could not parse, with where it is and why.</summary>
public sealed class ImportRejection
{
    public long Id { get; set; }

    public long ImportRunId { get; set; }

    public required string FileName { get; set; }

    public int LineNumber { get; set; }

    public required string Reason { get; set; }

    /// <summary>The start of the offending text, to recognize it by.</summary>
    public string? Excerpt { get; set; }
}
