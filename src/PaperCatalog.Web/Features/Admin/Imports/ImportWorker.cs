using PaperCatalog.Domain.Imports;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.Web.Features.Admin.Imports;

/// <summary>
/// Runs queued imports in the background, one at a time, never inside a page's event handler;
/// the database's import lock also keeps them apart from the command-line tool's.
/// </summary>
public sealed class ImportWorker(ImportQueue queue, CatalogImporter importer, BulkImporter bulkImporter, AuditLog audit, TimeProvider clock, ILogger<ImportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Waiting.ReadAllAsync(stoppingToken))
        {
            await RunAsync(job, stoppingToken);
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken stoppingToken)
    {
        job.State = ImportJobState.Running;
        queue.Notify(job);
        try
        {
            var dryRun = job.Kind == ImportJobKind.DryRun;
            var progress = new JobProgress(job, queue, clock);
            job.Summary = job.Bulk
                ? await bulkImporter.ImportAsync(new BulkImportRequest(job.Files, job.RequestedBy, dryRun, job.ReferenceDate), progress, stoppingToken)
                : await importer.ImportAsync(new ImportRequest(job.Files, job.RequestedBy, dryRun, job.ReferenceDate), progress, stoppingToken);
            job.State = job.Summary.Status == ImportStatus.Succeeded ? ImportJobState.Succeeded : ImportJobState.Failed;
            if (job.Kind == ImportJobKind.Import)
            {
                await audit.WriteAsync(job.RequestedBy, "import.completed", $"run #{job.Summary.RunId}",
                    $"{job.Summary.Status}: {job.Summary.Added} added, {job.Summary.Updated} updated, {job.Summary.Rejected} rejected; files {string.Join(", ", job.FileNames)}");
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "Import job {Job} failed", job.Id);
            job.State = ImportJobState.Failed;
        }
        finally
        {
            job.FinishedAt = clock.GetUtcNow();
            if (job.Kind == ImportJobKind.Import || job.State == ImportJobState.Failed)
            {
                job.Files = [];
            }

            queue.Notify(job);
        }
    }

    // Reports counts at most every 200 ms, so a large import does not flood open pages with redraws; a new stage or
    // step is always reported, since a bulk import may stay on it for a minute.
    private sealed class JobProgress(ImportJob job, ImportQueue queue, TimeProvider clock) : IProgress<ImportProgress>
    {
        private DateTimeOffset _last;

        public void Report(ImportProgress value)
        {
            var step = job.Progress is not { } before || before.Stage != value.Stage || before.Detail != value.Detail;
            job.Progress = value;
            var now = clock.GetUtcNow();
            if (step || now - _last >= ProgressInterval)
            {
                _last = now;
                queue.Notify(job);
            }
        }
    }
}
