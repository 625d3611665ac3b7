namespace PaperCatalog.Domain.Imports;

/// <summary>One dump file read by an import run.</summary>
public sealed class ImportRunFile
{
    public long Id { get; set; }

    public long ImportRunId { get; set; }

    public required string FileName { get; set; }

    /// <summary>The SHA-256 of the file's bytes, as 64 lower-case hex characters.</summary>
    public required string Checksum { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>The detected dump format, or <c>null</c> when the file was refused before that.</summary>
    public string? Format { get; set; }

    public int Parsed { get; set; }

    public int Rejected { get; set; }

    /// <summary>Why the whole file was refused, if it was.</summary>
    public string? Error { get; set; }

    /// <summary>The earlier successful run that imported the same bytes, if any.</summary>
    public long? PreviouslyImportedInRunId { get; set; }
}
