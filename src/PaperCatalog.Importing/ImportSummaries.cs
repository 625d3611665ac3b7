using PaperCatalog.Domain.Imports;

namespace PaperCatalog.Importing;

/// <summary>Builds the summaries that callers get back from the importer.</summary>
internal static class ImportSummaries
{
    public static ImportSummary Succeeded(ImportRequest request, ImportRun run, DumpBatch batch, WriteResult written, int maxListed, TimeSpan elapsed)
    {
        var added = written.Merger.Added.Select(p => new PaperChange(PaperChangeKind.Added, request.DryRun ? null : p.Id, p.Title, []));
        var updated = written.Merger.Updated.Select(u => new PaperChange(PaperChangeKind.Updated, u.Key.Id, u.Key.Title, u.Value));
        var changes = added.Concat(updated).Take(maxListed + 1).ToList();
        return new ImportSummary
        {
            RunId = request.DryRun ? null : run.Id,
            DryRun = request.DryRun,
            Status = ImportStatus.Succeeded,
            Parsed = run.Parsed,
            Added = run.Added,
            Updated = run.Updated,
            Unchanged = run.Unchanged,
            Rejected = run.Rejected,
            Elapsed = elapsed,
            Files = batch.Files.Select(f => f with { PreviouslyImportedInRun = f.Checksum is null ? null : written.EarlierRuns.GetValueOrDefault(f.Checksum) is var id and > 0 ? id : null }).ToList(),
            Rejections = Rejections(batch),
            Changes = changes.Take(maxListed).ToList(),
            ChangesTruncated = changes.Count > maxListed,
        };
    }

    public static ImportSummary Failed(ImportRequest request, ImportRun run, DumpBatch batch, TimeSpan elapsed) => new()
    {
        RunId = request.DryRun ? null : run.Id,
        DryRun = request.DryRun,
        Status = ImportStatus.Failed,
        Error = run.Error,
        Parsed = batch.RecordCount,
        Rejected = batch.RejectionCount,
        Elapsed = elapsed,
        Files = batch.Files,
        Rejections = Rejections(batch),
    };

    public static ImportRunFile ToRunFile(FileSummary file) => new()
    {
        FileName = file.Name,
        Checksum = file.Checksum ?? "",
        SizeBytes = file.SizeBytes,
        Format = file.Format,
        Parsed = file.Parsed,
        Rejected = file.Rejected,
        Error = file.Error,
    };

    private static List<RejectionSummary> Rejections(DumpBatch batch) =>
        batch.Dumps.SelectMany(d => d.Rejections.Select(r => new RejectionSummary(d.FileName, r.LineNumber, r.Reason, r.Excerpt))).ToList();
}
