using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Ingestion;

/// <summary>A dump file read whole: its identity, format, records and rejected records.</summary>
public sealed record ParsedDump(
    string FileName,
    string Checksum,
    long SizeBytes,
    DumpFormat Format,
    bool IsHtml,
    DateOnly? CaptureDate,
    IReadOnlyList<PaperRecord> Records,
    IReadOnlyList<RecordRejection> Rejections)
{
    /// <summary>The format as stored with import runs, such as "DailyPapers" or "DailyPapers (HTML)".</summary>
    public string FormatName => IsHtml ? $"{Format} (HTML)" : Format.ToString();
}
