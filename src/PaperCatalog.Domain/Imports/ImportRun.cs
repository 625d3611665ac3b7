namespace PaperCatalog.Domain.Imports;

/// <summary>
/// One run of the import pipeline over one or more dump files.
/// </summary>
/// <remarks>
/// Counts are of distinct papers (added, updated, unchanged) and of records (parsed, rejected):
/// three records of one paper in a run count as three parsed and one added.
/// </remarks>
public sealed class ImportRun
{
    public long Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public ImportStatus Status { get; set; }

    /// <summary>Who asked for the run: a user name, "cli" or "first-start".</summary>
    public required string RequestedBy { get; set; }

    /// <summary>The capture date an admin gave for dates without a year, if any.</summary>
    public DateOnly? ReferenceDate { get; set; }

    public int Parsed { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Rejected { get; set; }

    /// <summary>Why the run failed as a whole, naming the file and line where known.</summary>
    public string? Error { get; set; }

    public List<ImportRunFile> Files { get; } = [];

    public List<ImportRejection> Rejections { get; } = [];
}
