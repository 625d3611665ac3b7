namespace PaperCatalog.Domain.Papers;

/// <summary>
/// A dump file's content that papers were seen in, under the name it first came with.
/// </summary>
/// <remarks>
/// Identified by its checksum, so the same content under two names is one file. Its name and checksum are stored
/// once here rather than on every <see cref="PaperSource"/>: at 1,000,000 papers that repetition was most of
/// the sources' 420 MB (ADR-024).
/// </remarks>
public sealed class DumpFile
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>The SHA-256 of the file's bytes, as 64 lower-case hex characters.</summary>
    public required string Checksum { get; set; }
}
