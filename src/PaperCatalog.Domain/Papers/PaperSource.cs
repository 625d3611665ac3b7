namespace PaperCatalog.Domain.Papers;

/// <summary>
/// One place a paper was seen: a line of a dump file, in an import run.
/// </summary>
/// <remarks>
/// A file is identified by its checksum, so the same content under two names is one source. The file and line
/// are the key: no surrogate id, and no time of its own, since the run's start says when (ADR-026).
/// </remarks>
public sealed class PaperSource
{
    public long PaperId { get; set; }

    public long ImportRunId { get; set; }

    public int DumpFileId { get; set; }

    /// <summary>The file, when loaded or when this source brings a file not stored yet.</summary>
    public DumpFile? DumpFile { get; set; }

    /// <summary>The 1-based line where the record starts.</summary>
    public int LineNumber { get; set; }
}
