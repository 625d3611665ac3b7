using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Domain.Papers;
using PaperCatalog.Importing.Tagging;
using PaperCatalog.Ingestion;

namespace PaperCatalog.Importing;

/// <summary>
/// Merges a read batch into the catalog inside one transaction, holding the import lock.
/// </summary>
internal sealed class CatalogWriter(CatalogDbContext db, DateTimeOffset now, IProgress<ImportProgress>? progress)
{
    private const int ProgressStep = 500;

    /// <summary>Merges every record, stores sources and the run, and commits unless it is a dry run.</summary>
    public async Task<WriteResult> WriteAsync(DumpBatch batch, ImportRun run, bool dryRun, CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLock.Key})", cancellation);

        var checksums = batch.Dumps.Select(static d => d.Checksum).Distinct().ToArray();
        var earlierRuns = await EarlierRunsAsync(db, checksums, cancellation);
        var seenLines = await SeenLinesAsync(checksums, cancellation);
        var files = await db.DumpFiles.Where(f => checksums.Contains(f.Checksum)).ToDictionaryAsync(static f => f.Checksum, cancellation);
        var merger = new RecordMerger(now);
        foreach (var paper in await CandidatesAsync(batch, cancellation))
        {
            merger.Track(paper);
        }

        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellation);

        var done = 0;
        var total = batch.RecordCount;
        progress?.Report(new ImportProgress(ImportStage.Merging, 0, total));
        foreach (var dump in batch.Dumps)
        {
            foreach (var record in dump.Records)
            {
                var paper = merger.Merge(record);
                if (seenLines.Add((dump.Checksum, record.LineNumber)))
                {
                    paper.Sources.Add(new PaperSource { DumpFile = FileOf(dump), LineNumber = record.LineNumber, ImportRunId = run.Id });
                }

                if (++done % ProgressStep == 0)
                {
                    progress?.Report(new ImportProgress(ImportStage.Merging, done, total));
                }
            }
        }

        foreach (var paper in merger.Added)
        {
            db.Papers.Add(paper);
        }

        progress?.Report(new ImportProgress(ImportStage.Saving, 0, 1));
        await db.SaveChangesAsync(cancellation);

        // New and changed papers are tagged in the same transaction, so a dry run shows tags too.
        var engine = await TagRules.LoadEngineAsync(db, cancellation);
        await AutoTagger.ApplyAsync(db, engine, [.. merger.Added, .. merger.Updated.Keys], now, cancellation);
        await db.SaveChangesAsync(cancellation);
        var result = new WriteResult(merger, earlierRuns);
        Record(run, batch, result);
        await db.SaveChangesAsync(cancellation);

        if (dryRun)
        {
            await transaction.RollbackAsync(cancellation);
        }
        else
        {
            await ImportCommit.CommitAsync(db, transaction, run.Id);
        }

        progress?.Report(new ImportProgress(ImportStage.Saving, 1, 1));
        return result;

        // A file is stored with its first new source, under the name it first came with (ADR-024).
        DumpFile FileOf(ParsedDump dump) =>
            files.TryGetValue(dump.Checksum, out var file) ? file : files[dump.Checksum] = new DumpFile { FileName = dump.FileName, Checksum = dump.Checksum };
    }

    private static void Record(ImportRun run, DumpBatch batch, WriteResult result)
    {
        run.Status = ImportStatus.Succeeded;
        run.Parsed = batch.RecordCount;
        run.Rejected = batch.RejectionCount;
        run.Added = result.Merger.Added.Count;
        run.Updated = result.Merger.Updated.Count;
        run.Unchanged = result.Merger.Unchanged;
        foreach (var dump in batch.Dumps)
        {
            run.Files.Add(new ImportRunFile
            {
                FileName = dump.FileName,
                Checksum = dump.Checksum,
                SizeBytes = dump.SizeBytes,
                Format = dump.FormatName,
                Parsed = dump.Records.Count,
                Rejected = dump.Rejections.Count,
                PreviouslyImportedInRunId = result.EarlierRuns.GetValueOrDefault(dump.Checksum),
            });
            run.Rejections.AddRange(dump.Rejections.Select(r => new ImportRejection { FileName = dump.FileName, LineNumber = r.LineNumber, Reason = r.Reason, Excerpt = r.Excerpt }));
        }
    }

    private async Task<List<Paper>> CandidatesAsync(DumpBatch batch, CancellationToken cancellation)
    {
        var records = batch.Dumps.SelectMany(static d => d.Records).ToList();
        var titleKeys = records.Select(static r => r.TitleKey).OfType<Guid>().Distinct().ToArray();
        var abstractKeys = records.Select(static r => r.AbstractKey).Distinct().ToArray();
        return await db.Papers
            .Where(p => (p.TitleKey != null && titleKeys.Contains(p.TitleKey.Value)) || abstractKeys.Contains(p.AbstractKey))
            .ToListAsync(cancellation);
    }

    private async Task<HashSet<(string, int)>> SeenLinesAsync(string[] checksums, CancellationToken cancellation)
    {
        var seen = await db.PaperSources
            .Where(s => checksums.Contains(s.DumpFile!.Checksum))
            .Select(s => new { s.DumpFile!.Checksum, s.LineNumber })
            .ToListAsync(cancellation);
        return seen.Select(static s => (s.Checksum, s.LineNumber)).ToHashSet();
    }

    /// <summary>For each checksum that an earlier successful run imported, the first such run.</summary>
    internal static async Task<Dictionary<string, long>> EarlierRunsAsync(CatalogDbContext db, string[] checksums, CancellationToken cancellation) =>
        await db.ImportRunFiles
            .Where(f => checksums.Contains(f.Checksum) && db.ImportRuns.Any(r => r.Id == f.ImportRunId && r.Status == ImportStatus.Succeeded))
            .GroupBy(f => f.Checksum)
            .Select(g => new { Checksum = g.Key, RunId = g.Min(f => f.ImportRunId) })
            .ToDictionaryAsync(static x => x.Checksum, static x => x.RunId, cancellation);
}

/// <summary>What the writer did: the merge and the earlier runs that had imported the same files.</summary>
internal sealed record WriteResult(RecordMerger Merger, IReadOnlyDictionary<string, long> EarlierRuns);
