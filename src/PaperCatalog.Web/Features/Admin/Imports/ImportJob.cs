using PaperCatalog.Importing;

namespace PaperCatalog.Web.Features.Admin.Imports;

/// <summary>An import asked for from the admin page: first a dry run, then, once confirmed, the real run.</summary>
public sealed class ImportJob
{
    public required Guid Id { get; init; }

    public required ImportJobKind Kind { get; init; }

    /// <summary>The files, kept in memory until the job is finished (or, for a dry run, confirmed or cancelled).</summary>
    public IReadOnlyList<DumpInput> Files { get; set; } = [];

    /// <summary>The names of the files, kept after their bytes are let go.</summary>
    public required IReadOnlyList<string> FileNames { get; init; }

    public DateOnly? ReferenceDate { get; init; }

    /// <summary>True when the job goes through the bulk path (see <see cref="ImportOptions.BulkFromBytes"/>); a confirmed run takes its dry run's path.</summary>
    public bool Bulk { get; init; }

    public required string RequestedBy { get; init; }

    public DateTimeOffset QueuedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }

    public ImportJobState State { get; set; } = ImportJobState.Queued;

    public ImportProgress? Progress { get; set; }

    public ImportSummary? Summary { get; set; }

    /// <summary>For a real run: the dry run it confirms. For a dry run: the real run that confirmed it.</summary>
    public Guid? Related { get; set; }

    public bool IsFinished => State is ImportJobState.Succeeded or ImportJobState.Failed or ImportJobState.Confirmed or ImportJobState.Cancelled;
}

public enum ImportJobKind
{
    DryRun,
    Import,
}

public enum ImportJobState
{
    Queued,
    Running,

    /// <summary>Done: for a dry run, waiting for the admin to confirm or cancel.</summary>
    Succeeded,
    Failed,

    /// <summary>A dry run whose real run has been queued.</summary>
    Confirmed,

    /// <summary>A dry run the admin dropped.</summary>
    Cancelled,
}
