using System.Text.Json.Serialization;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Importing;

/// <summary>The outcome of an import run (or of a dry run), as the CLI prints it and the admin page shows it.</summary>
public sealed record ImportSummary
{
    /// <summary>The stored run, or <c>null</c> for a dry run (which stores nothing).</summary>
    public long? RunId { get; init; }

    public bool DryRun { get; init; }

    public ImportStatus Status { get; init; }

    /// <summary>
    /// Why the run failed as a whole (the catalog is then as it was); on a bulk run that succeeded, why its
    /// papers got no automatic tags.
    /// </summary>
    public string? Error { get; init; }

    public int Parsed { get; init; }

    public int Added { get; init; }

    public int Updated { get; init; }

    public int Unchanged { get; init; }

    public int Rejected { get; init; }

    public TimeSpan Elapsed { get; init; }

    public IReadOnlyList<FileSummary> Files { get; init; } = [];

    public IReadOnlyList<RejectionSummary> Rejections { get; init; } = [];

    /// <summary>Added and updated papers, one by one, up to the configured limit.</summary>
    public IReadOnlyList<PaperChange> Changes { get; init; } = [];

    /// <summary>True when more papers changed than <see cref="Changes"/> lists.</summary>
    public bool ChangesTruncated { get; init; }

    /// <summary>How long each phase of a bulk import took, in order; empty for a standard import.</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Phases { get; init; } = [];

    /// <summary>True when every file had been imported before and nothing changed.</summary>
    public bool NothingNew => Status == ImportStatus.Succeeded && Added == 0 && Updated == 0;
}

/// <summary>One file of a run.</summary>
public sealed record FileSummary(
    string Name,
    string? Checksum,
    long SizeBytes,
    string? Format,
    int Parsed,
    int Rejected,
    string? Error,
    long? PreviouslyImportedInRun);

/// <summary>A record that could not be parsed.</summary>
public sealed record RejectionSummary(string FileName, int LineNumber, string Reason, string Excerpt);

/// <summary>A paper an import adds or updates, with the fields it changes.</summary>
public sealed record PaperChange(PaperChangeKind Kind, long? PaperId, string Title, IReadOnlyList<FieldChange> Fields);

/// <summary>Whether an import adds a paper or updates one; by name in JSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaperChangeKind>))]
public enum PaperChangeKind
{
    Added,
    Updated,
}
