using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PaperCatalog.Data;
using PaperCatalog.Domain.Imports;

namespace PaperCatalog.Importing;

/// <summary>Records a refused or failed import run, for both import paths.</summary>
internal static class FailedRuns
{
    /// <summary>
    /// Records the failure of an import whose commit has an unknown outcome as a run of its own, since the import may
    /// yet be stored under <paramref name="run"/>'s id; the error names that id.
    /// </summary>
    /// <returns>Whether it was recorded: the database that lost the commit's answer is often still out of reach.</returns>
    public static async Task<bool> TryRecordAsNewRunAsync(
        IDbContextFactory<CatalogDbContext> contexts, ImportRun run, IEnumerable<FileSummary> files, string error, DateTimeOffset now, ILogger logger)
    {
        run.Id = 0;
        try
        {
            await RecordAsync(contexts, run, files, error, dryRun: false, now);
            return true;
        }
        catch (Exception unrecorded) when (CatalogImporter.IsDatabaseFailure(unrecorded))
        {
            logger.LogError(unrecorded, "Could not record an import whose commit has an unknown outcome: {Error}", error);
            return false;
        }
    }

    /// <summary>Marks <paramref name="run"/> failed and, unless it was a dry run, stores it with its files.</summary>
    public static async Task RecordAsync(
        IDbContextFactory<CatalogDbContext> contexts, ImportRun run, IEnumerable<FileSummary> files, string error, bool dryRun, DateTimeOffset now)
    {
        run.Status = ImportStatus.Failed;
        run.Error = error;
        run.FinishedAt = now;
        if (dryRun)
        {
            return;
        }

        // The failure is history, kept apart from the rolled-back catalog changes.
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        // A run that failed after writing its files and rejections (at the commit, say) lists each file once and,
        // like every failed run, no rejections and no papers added or updated: they belong to a catalog change that did
        // not happen.
        run.Files.Clear();
        run.Rejections.Clear();
        (run.Added, run.Updated, run.Unchanged) = (0, 0, 0);
        run.Files.AddRange(files.Select(ImportSummaries.ToRunFile));
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
