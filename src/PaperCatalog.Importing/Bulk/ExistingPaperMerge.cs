using Microsoft.EntityFrameworkCore;
using Npgsql;
using PaperCatalog.Data;
using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Importing.Bulk;

/// <summary>
/// Merges the staged records that could change papers already in the catalog, through the same
/// <see cref="RecordMerger"/> as the standard import, so both paths follow one set of merge rules.
/// </summary>
internal static class ExistingPaperMerge
{
    public static async Task<RecordMerger> MergeAsync(CatalogDbContext db, long runId, DateTimeOffset now, CancellationToken cancellation)
    {
        var candidates = await ReadCandidatesAsync((NpgsqlConnection)db.Database.GetDbConnection(), cancellation);
        var merger = new RecordMerger(now);
        var ids = candidates.Select(static c => c.PaperId).Distinct().ToArray();
        foreach (var paper in await db.Papers.Where(p => ids.Contains(p.Id)).ToListAsync(cancellation))
        {
            merger.Track(paper);
        }

        foreach (var candidate in candidates)
        {
            var paper = merger.Merge(candidate.Record);
            if (!candidate.SeenBefore)
            {
                paper.Sources.Add(new PaperSource { DumpFileId = candidate.DumpFileId, LineNumber = candidate.Record.LineNumber, ImportRunId = runId });
            }
        }

        db.Papers.AddRange(merger.Added);
        await db.SaveChangesAsync(cancellation);
        return merger;
    }

    private static async Task<List<Candidate>> ReadCandidatesAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        var candidates = new List<Candidate>();
        // As long as the records that change papers take to read: the import as a whole is what an operator cancels.
        await using var command = new NpgsqlCommand(BulkMergeSql.Candidates, connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var record = new PaperRecord(
                reader.GetBoolean(2) ? null : reader.GetString(1),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                reader.GetBoolean(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetInt32(8),
                reader.GetInt32(9));
            candidates.Add(new Candidate(reader.GetInt64(0), record, reader.GetInt32(10), reader.GetBoolean(11)));
        }

        return candidates;
    }

    private sealed record Candidate(long PaperId, PaperRecord Record, int DumpFileId, bool SeenBefore);
}
