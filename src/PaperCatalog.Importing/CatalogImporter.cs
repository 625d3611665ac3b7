using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperCatalog.Data;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Ingestion;

namespace PaperCatalog.Importing;

/// <summary>
/// The import pipeline: read and check every file, then merge all records into the catalog in
/// one serialized transaction. The CLI, the first start and the admin page all come through here.
/// </summary>
public sealed class CatalogImporter(
    IDbContextFactory<CatalogDbContext> contexts,
    IOptions<ImportOptions> options,
    TimeProvider clock,
    ILogger<CatalogImporter> logger)
{
    public async Task<ImportSummary> ImportAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellation = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var started = clock.GetUtcNow();
        var reader = new DumpReader(new DumpReadOptions
        {
            MaxFileBytes = options.Value.MaxFileBytes,
            HtmlTimeBudget = options.Value.HtmlTimeBudget,
            ImportDate = DateOnly.FromDateTime(started.UtcDateTime),
            ReferenceDate = request.ReferenceDate,
        });
        var batch = await DumpBatch.ReadAsync(request.Files, reader, progress, cancellation);
        var run = new ImportRun { RequestedBy = request.RequestedBy, StartedAt = started, ReferenceDate = request.ReferenceDate };
        if (batch.Error is { } refused)
        {
            return await FailAsync(request, run, batch, refused, stopwatch);
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellation);
            run.FinishedAt = clock.GetUtcNow();
            var written = await new CatalogWriter(db, started, progress).WriteAsync(batch, run, request.DryRun, cancellation);
            var summary = ImportSummaries.Succeeded(request, run, batch, written, options.Value.MaxListedChanges, stopwatch.Elapsed);
            progress?.Report(new ImportProgress(ImportStage.Finished, 1, 1));
            logger.LogInformation(
                "Import {Kind} by {User}: {Files} file(s), {Parsed} parsed, {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected in {Elapsed} ms",
                request.DryRun ? "dry run" : $"run {run.Id}", request.RequestedBy, batch.Files.Count, summary.Parsed, summary.Added, summary.Updated, summary.Unchanged, summary.Rejected, stopwatch.ElapsedMilliseconds);
            return summary;
        }
        catch (CommitOutcomeUnknownException unknown)
        {
            logger.LogError(unknown, "Import by {User}: whether run {Run} committed is unknown", request.RequestedBy, unknown.RunId);
            var recorded = await FailedRuns.TryRecordAsNewRunAsync(contexts, run, batch.Files, unknown.Message, clock.GetUtcNow(), logger);
            var summary = ImportSummaries.Failed(request, run, batch, stopwatch.Elapsed);
            return recorded ? summary : summary with { RunId = null };
        }
        catch (Exception failure) when (IsDatabaseFailure(failure) || failure is OperationCanceledException)
        {
            logger.LogError(failure, "Import by {User} failed and was rolled back", request.RequestedBy);
            var reason = failure is OperationCanceledException ? "the import was cancelled" : $"the database refused the import: {failure.GetBaseException().Message}";
            return await FailAsync(request, run, batch, reason, stopwatch);
        }
    }

    // EF Core may wrap the provider's exception (for example in its execution strategy), so look inside.
    internal static bool IsDatabaseFailure(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is DbException or DbUpdateException)
            {
                return true;
            }
        }

        return false;
    }

    private async Task<ImportSummary> FailAsync(ImportRequest request, ImportRun run, DumpBatch batch, string error, Stopwatch stopwatch)
    {
        logger.LogWarning("Import by {User} refused, nothing written: {Error}", request.RequestedBy, error);
        await FailedRuns.RecordAsync(contexts, run, batch.Files, error, request.DryRun, clock.GetUtcNow());
        return ImportSummaries.Failed(request, run, batch, stopwatch.Elapsed);
    }
}
