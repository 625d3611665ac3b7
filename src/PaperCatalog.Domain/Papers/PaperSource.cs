namespace PaperCatalog.Domain.Papers;

/// <summary>
/// One place a paper was seen: a line of a dump file, in an import run.
/// </summary>
/// <remarks>A file is identified by its checksum, so the same content under two names is one source.</remarks>
public sealed class PaperSource
{
    public long Id { get; set; }

    public long PaperId { get; set; }

    public long ImportRunId { get; set; }

    public required string FileName { get; set; }

    /// <summary>The SHA-256 of the file's bytes, as 64 lower-case hex characters.</summary>
    public required string FileChecksum { get; set; }

    /// <summary>The 1-based line where the record starts.</summary>
    public int LineNumber { get; set; }

    public DateTimeOffset SeenAt { get; set; }
}
