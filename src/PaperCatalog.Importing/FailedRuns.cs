using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Imports;

namespace PaperCatalog.Importing;

/// <summary>Records a refused or failed import run, for both import paths.</summary>
internal static class FailedRuns
{
    /// <summary>
    /// Gives up <paramref name="run"/>'s id, which an import whose commit has an unknown outcome may yet have stored:
    /// its failure is then recorded as a run of its own, whose error names the other.
    /// </summary>
    public static ImportRun Renumbered(ImportRun run)
    {
        run.Id = 0;
        return run;
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
        // like every failed run, no rejections: they belong to a catalog change that did not happen.
        run.Files.Clear();
        run.Rejections.Clear();
        run.Files.AddRange(files.Select(ImportSummaries.ToRunFile));
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
