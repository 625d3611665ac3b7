using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using PaperCatalog.Data;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Importing.Tagging;

namespace PaperCatalog.Importing.Bulk;

/// <summary>
/// Merges a loaded staging table into the catalog in one transaction under the import lock:
/// new papers set-based and tagged before they are written, changes to existing papers through the
/// domain's merge rules, sources and the run record; then tags the changed papers again. A dry run
/// matches and merges existing papers, counts the new ones without scoring or writing them (tags are not
/// part of its summary), and rolls back.
/// </summary>
internal sealed class BulkMerge(IDbContextFactory<CatalogDbContext> contexts, TimeProvider clock, ILogger logger)
{
    public async Task<RecordMerger> MergeAsync(
        BulkImportRequest request, ImportRun run, BulkOutcome outcome, BulkTables tables, PhaseTimer phases, IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        var now = run.StartedAt;
        var staging = tables.Staging;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        // Opened here, so that it stays open after the commit for ANALYZE.
        await db.Database.OpenConnectionAsync(cancellation);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await ExecuteAsync(connection, $"SET LOCAL work_mem = '256MB'; SELECT pg_advisory_xact_lock({ImportLock.Key})", cancellation);
        if (!request.DryRun)
        {
            tables.Vectors.Start(Math.Max(1, request.Streams), cancellation);
        }

        var earlierRuns = await CatalogWriter.EarlierRunsAsync(db, [.. outcome.Files.Select(static f => f.Checksum!).Distinct()], cancellation);
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellation);

        progress?.Report(new ImportProgress(ImportStage.Merging, 0, 1, "matching records with the catalog"));
        var files = outcome.Files.Where(static f => f.Parsed > 0).ToList();
        await ExecuteAsync(
            connection, BulkMergeSql.InsertDumpFiles, cancellation,
            ("names", files.Select(static f => f.Name).ToArray()), ("checksums", files.Select(static f => f.Checksum!).ToArray()));
        await ExecuteAsync(connection, BulkMergeSql.Match(staging), cancellation);
        await ExecuteAsync(connection, BulkMergeSql.MarkCandidates(staging), cancellation);
        var existing = await ExistingPaperMerge.MergeAsync(db, run.Id, now, cancellation);
        await ExecuteAsync(connection, BulkMergeSql.ChooseNew(staging), cancellation);
        var chosen = await ScalarAsync(connection, "SELECT count(*) FROM bulk_chosen", cancellation);
        phases.End("match");
        if (!request.DryRun)
        {
            await BulkTagger.TagChosenAsync(connection, await TagRules.LoadEngineAsync(db, cancellation), (int)chosen, progress, cancellation);
        }

        phases.End("tag");
        // A dry run reports counts, which matching has given; writing and indexing the new papers only to roll
        // them back made an admin's dry run of a large upload take as long as the import itself.
        if (!request.DryRun)
        {
            await WriteNewPapersAsync(connection, tables, chosen, run.Id, now, progress, cancellation);
        }

        var added = chosen + existing.Added.Count;
        var matched = await ScalarAsync(connection, BulkMergeSql.MatchedPaperCount, cancellation);
        phases.End("write");

        Record(run, outcome, earlierRuns, added, existing.Updated.Count, (int)matched - existing.Updated.Count);
        run.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellation);
        if (request.DryRun)
        {
            await transaction.RollbackAsync(cancellation);
            return existing;
        }

        var lostConnection = await ImportCommit.CommitAsync(db, transaction, run.Id);
        await AfterCommitAsync(db, run, existing, lostConnection, phases, progress, cancellation);
        phases.End("retag");
        return existing;
    }

    // The run is committed from here on: whatever fails or is cancelled now must not record it as failed. Its
    // error says what is left to do instead.
    private async Task AfterCommitAsync(
        CatalogDbContext db, ImportRun run, RecordMerger existing, bool lostConnection, PhaseTimer phases, IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        var undone = "the planner's statistics and re-tagging the changed papers were";
        try
        {
            if (lostConnection)
            {
                logger.LogWarning("Bulk import run {Run}: the connection was lost with the answer to its commit, which went through", run.Id);
                // EF Core opens the broken connection again and drops its dead transaction.
                await db.Database.OpenConnectionAsync(cancellation);
            }

            progress?.Report(new ImportProgress(ImportStage.Saving, 0, 2));
            // Fresh statistics, so that the planner does not treat a table that grew tenfold as small.
            await ExecuteAsync((NpgsqlConnection)db.Database.GetDbConnection(), "ANALYZE papers; ANALYZE paper_sources", cancellation);
            phases.End("analyze");
            undone = "re-tagging the changed papers was";
            await TagAsync(db, existing, run.StartedAt, progress, cancellation);
        }
        catch (Exception failure) when (CatalogImporter.IsDatabaseFailure(failure) || failure is OperationCanceledException)
        {
            logger.LogWarning(failure, "Bulk import run {Run}: papers stored, but {Undone} not done", run.Id, undone);
            var why = failure is OperationCanceledException ? "cancelled" : $"not done: {failure.GetBaseException().Message}";
            run.Error = $"the papers were stored, but {undone} {why}; apply the rules again on the admin rules page";
            await NoteOnRunAsync(run);
        }
    }

    // Best effort: the database that failed the work may refuse the note too, and the run has committed either way.
    private async Task NoteOnRunAsync(ImportRun run)
    {
        try
        {
            await using var record = await contexts.CreateDbContextAsync(CancellationToken.None);
            await record.ImportRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Error, run.Error), CancellationToken.None);
        }
        catch (Exception failure) when (CatalogImporter.IsDatabaseFailure(failure))
        {
            logger.LogWarning(failure, "Bulk import run {Run}: could not store what was left undone", run.Id);
        }
    }

    private static async Task WriteNewPapersAsync(
        NpgsqlConnection connection, BulkTables tables, long chosen, long runId, DateTimeOffset now, IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        // Computed since the lock was taken, on connections of their own; awaited before the indexes are dropped,
        // which locks papers, which those connections read.
        progress?.Report(new ImportProgress(ImportStage.Writing, 0, 1, "finishing search vectors"));
        await tables.Vectors.Computed;
        var dropped = await TextIndexes.DropForLoadAsync(connection, chosen, cancellation);
        var steps = dropped.Count + 2;
        progress?.Report(new ImportProgress(ImportStage.Writing, 0, steps, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"inserting {chosen:N0} new papers")));
        await ExecuteAsync(connection, BulkMergeSql.InsertChosen(tables.Vectors.Name), cancellation, ("now", now));
        await TextIndexes.BuildAsync(connection, dropped, (built, name) => progress?.Report(new ImportProgress(ImportStage.Writing, 1 + built, steps, $"building index {name} ({built + 1} of {dropped.Count})")), cancellation);
        progress?.Report(new ImportProgress(ImportStage.Writing, steps - 1, steps, "recording sources"));
        await ExecuteAsync(connection, BulkMergeSql.InsertSources(tables.Staging), cancellation, ("now", now), ("run_id", runId));
    }

    // New papers were tagged before they were written. Existing papers whose text changed are tagged
    // again in a second transaction, through the rules that respect editors' decisions; should it
    // fail, "apply rules" on the admin page redoes it.
    private static async Task TagAsync(CatalogDbContext db, RecordMerger existing, DateTimeOffset now, IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({ImportLock.Key})", cancellation);
        var engine = await TagRules.LoadEngineAsync(db, cancellation);
        await AutoTagger.ApplyAsync(db, engine, [.. existing.Added, .. existing.Updated.Keys], now, cancellation);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        progress?.Report(new ImportProgress(ImportStage.Saving, 1, 2));
        await ExecuteAsync(connection, "ANALYZE paper_tags", cancellation);
    }

    private static void Record(ImportRun run, BulkOutcome outcome, IReadOnlyDictionary<string, long> earlierRuns, long added, int updated, int unchanged)
    {
        run.Status = ImportStatus.Succeeded;
        run.Parsed = outcome.Parsed;
        run.Rejected = outcome.Rejected;
        run.Added = (int)added;
        run.Updated = updated;
        run.Unchanged = unchanged;
        foreach (var file in outcome.Files)
        {
            var stored = ImportSummaries.ToRunFile(file);
            stored.PreviouslyImportedInRunId = earlierRuns.GetValueOrDefault(file.Checksum!) is var id and > 0 ? id : null;
            run.Files.Add(stored);
        }

        run.Rejections.AddRange(outcome.Rejections.Select(static r => new ImportRejection { FileName = r.FileName, LineNumber = r.LineNumber, Reason = r.Reason, Excerpt = r.Excerpt }));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellation);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }
}
