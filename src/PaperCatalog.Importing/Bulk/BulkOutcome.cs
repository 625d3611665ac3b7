using PaperCatalog.Domain.Imports;

namespace PaperCatalog.Importing.Bulk;

/// <summary>What the load of a bulk import read, and the summaries built from it.</summary>
internal sealed record BulkOutcome(IReadOnlyList<LoadedFile> Loaded)
{
    public static BulkOutcome Empty { get; } = new([]);

    public IReadOnlyList<FileSummary> Files => [.. Loaded.Select(static f => f.Summary)];

    public int Parsed => Loaded.Sum(static f => f.Summary.Parsed);

    public int Rejected => Loaded.Sum(static f => f.Summary.Rejected);

    public IEnumerable<RejectionSummary> Rejections => Loaded.SelectMany(static f => f.Rejections);

    /// <summary>Why the run cannot go on, naming each refused file.</summary>
    public string? Error => Loaded.Where(static f => f.Refusal is not null).Select(static f => f.Refusal!).ToList() switch
    {
        [] => null,
        [var only] => only.Message,
        var all => $"{all.Count} files were refused: " + string.Join("; ", all.Select(static r => r.Message)),
    };

    public ImportSummary Succeeded(BulkImportRequest request, ImportRun run, RecordMerger existing, int maxListed, TimeSpan elapsed, IReadOnlyList<KeyValuePair<string, TimeSpan>> phases)
    {
        var updated = existing.Updated.Select(u => new PaperChange(PaperChangeKind.Updated, u.Key.Id, u.Key.Title, u.Value)).Take(maxListed + 1).ToList();
        return new ImportSummary
        {
            RunId = request.DryRun ? null : run.Id,
            DryRun = request.DryRun,
            Status = ImportStatus.Succeeded,
            Error = run.Error,
            Parsed = run.Parsed,
            Added = run.Added,
            Updated = run.Updated,
            Unchanged = run.Unchanged,
            Rejected = run.Rejected,
            Elapsed = elapsed,
            Files = [.. run.Files.Select(f => Files.First(s => s.Checksum == f.Checksum) with { PreviouslyImportedInRun = f.PreviouslyImportedInRunId })],
            Rejections = [.. Rejections],
            // A bulk run lists updated papers only: its added papers are counted, not listed.
            Changes = [.. updated.Take(maxListed)],
            ChangesTruncated = updated.Count > maxListed || run.Added > 0,
            Phases = phases,
        };
    }

    public ImportSummary Failed(BulkImportRequest request, ImportRun run, TimeSpan elapsed) => new()
    {
        RunId = request.DryRun ? null : run.Id,
        DryRun = request.DryRun,
        Status = ImportStatus.Failed,
        Error = run.Error,
        Parsed = Parsed,
        Rejected = Rejected,
        Elapsed = elapsed,
        Files = Files,
        Rejections = [.. Rejections],
    };
}
