using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperCatalog.Data;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Ingestion;

namespace PaperCatalog.Importing.Bulk;

/// <summary>
/// The import path for large dumps: files are parsed on several streams and copied (binary COPY)
/// into an unlogged staging table, then merged into the catalog with set-based SQL in one
/// serialized transaction. Same files, same rules and same outcome as <see cref="CatalogImporter"/>.
/// </summary>
public sealed class BulkImporter(
    IDbContextFactory<CatalogDbContext> contexts,
    IOptions<ImportOptions> options,
    TimeProvider clock,
    ILogger<BulkImporter> logger)
{
    public async Task<ImportSummary> ImportAsync(BulkImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellation = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var phases = new PhaseTimer();
        var started = clock.GetUtcNow();
        var run = new ImportRun { RequestedBy = request.RequestedBy, StartedAt = started, ReferenceDate = request.ReferenceDate };
        string connectionString;
        await using (var db = await contexts.CreateDbContextAsync(cancellation))
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        var staging = new StagingTable(connectionString, StagingTable.IdFor(started, Random.Shared.Next(1000)));
        var vectors = new StagedSearchVectors(connectionString, staging.Name);
        var outcome = BulkOutcome.Empty;
        await StagingCleanup.DropLeftBehindAsync(connectionString, started, cancellation);
        await staging.CreateAsync(cancellation);
        try
        {
            var files = await new BulkLoader(connectionString, Reader(request, started), staging).LoadAsync(request.Files, request.Streams, progress, cancellation);
            phases.End("load");
            outcome = new BulkOutcome(files);
            if (outcome.Error is { } refused)
            {
                return await FailAsync(request, run, outcome, refused, stopwatch);
            }

            // A dry run writes no new paper, so it needs no vectors (BulkMerge does not start them).
            if (!request.DryRun)
            {
                await vectors.CreateAsync(cancellation);
            }

            var merged = await new BulkMerge(contexts, clock, logger).MergeAsync(request, run, outcome, new BulkTables(staging.Name, vectors), phases, progress, cancellation);
            var summary = outcome.Succeeded(request, run, merged, options.Value.MaxListedChanges, stopwatch.Elapsed, phases.Phases);
            progress?.Report(new ImportProgress(ImportStage.Finished, 1, 1));
            logger.LogInformation(
                "Bulk import {Kind} by {User}: {Files} file(s), {Parsed} parsed, {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected in {Elapsed} ms",
                request.DryRun ? "dry run" : $"run {run.Id}", request.RequestedBy, request.Files.Count, summary.Parsed, summary.Added, summary.Updated, summary.Unchanged, summary.Rejected, stopwatch.ElapsedMilliseconds);
            return summary;
        }
        catch (CommitOutcomeUnknownException unknown)
        {
            logger.LogError(unknown, "Bulk import by {User}: whether run {Run} committed is unknown", request.RequestedBy, unknown.RunId);
            var recorded = await FailedRuns.TryRecordAsNewRunAsync(contexts, run, outcome.Files, unknown.Message, clock.GetUtcNow(), logger);
            var summary = outcome.Failed(request, run, stopwatch.Elapsed);
            return recorded ? summary : summary with { RunId = null };
        }
        catch (Exception failure) when (CatalogImporter.IsDatabaseFailure(failure) || failure is OperationCanceledException)
        {
            logger.LogError(failure, "Bulk import by {User} failed and was rolled back", request.RequestedBy);
            var reason = failure is OperationCanceledException ? "the import was cancelled" : $"the database refused the import: {failure.GetBaseException().Message}";
            // The files read so far keep their details, as in the standard path's failed runs.
            return await FailAsync(request, run, outcome, reason, stopwatch);
        }
        finally
        {
            await StagingCleanup.DropAsync(connectionString, vectors, staging, logger);
        }
    }

    private DumpReader Reader(BulkImportRequest request, DateTimeOffset started) => new(new DumpReadOptions
    {
        MaxFileBytes = options.Value.MaxFileBytes,
        HtmlTimeBudget = HtmlTimeBudget(options.Value.HtmlTimeBudget, BulkLoader.ReadsAtOnce(request.Streams, request.Files.Count), Environment.ProcessorCount),
        ImportDate = DateOnly.FromDateTime(started.UtcDateTime),
        ReferenceDate = request.ReferenceDate,
    });

    /// <summary>
    /// A saved HTML page's wall-clock budget, stretched by how many files share each core while they are read, so
    /// that the bulk path accepts the pages that the standard path, which reads one file at a time, accepts.
    /// </summary>
    internal static TimeSpan HtmlTimeBudget(TimeSpan budget, int readsAtOnce, int cores) =>
        budget * Math.Max(1.0, (double)readsAtOnce / Math.Max(1, cores));

    private async Task<ImportSummary> FailAsync(BulkImportRequest request, ImportRun run, BulkOutcome outcome, string error, Stopwatch stopwatch)
    {
        logger.LogWarning("Bulk import by {User} refused, nothing written: {Error}", request.RequestedBy, error);
        await FailedRuns.RecordAsync(contexts, run, outcome.Files, error, request.DryRun, clock.GetUtcNow());
        return outcome.Failed(request, run, stopwatch.Elapsed);
    }
}
