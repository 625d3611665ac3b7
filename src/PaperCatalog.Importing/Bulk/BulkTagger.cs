using Npgsql;
using NpgsqlTypes;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.Importing.Bulk;

/// <summary>
/// Tags the papers a bulk import is about to add: streams the chosen records out with COPY, scores
/// them on every core, and copies their automatic tags into bulk_chosen_tags, before any paper row is
/// written. New papers have no editor decisions to respect.
/// </summary>
internal static class BulkTagger
{
    private const int BatchSize = 4096;

    /// <param name="total">How many papers bulk_chosen holds, for the progress reports.</param>
    public static async Task<int> TagChosenAsync(NpgsqlConnection connection, TaggingEngine engine, int total, IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        var scored = 0;
        progress?.Report(new ImportProgress(ImportStage.Tagging, 0, total));
        var tags = new List<(long PaperId, TagScore Score)>();
        var batch = new List<(long Id, string Title, string Abstract, bool TitleIsDerived)>(BatchSize);
        await using (var export = await connection.BeginBinaryExportAsync(
            "COPY (SELECT id, title, abstract, title_is_derived FROM bulk_chosen) TO STDOUT (FORMAT BINARY)", cancellation))
        {
            while (await export.StartRowAsync(cancellation) != -1)
            {
                batch.Add((await export.ReadAsync<long>(cancellation), await export.ReadAsync<string>(cancellation), await export.ReadAsync<string>(cancellation), await export.ReadAsync<bool>(cancellation)));
                if (batch.Count == BatchSize)
                {
                    tags.AddRange(Score(engine, batch));
                    scored += batch.Count;
                    batch.Clear();
                    progress?.Report(new ImportProgress(ImportStage.Tagging, scored, total));
                }
            }
        }

        tags.AddRange(Score(engine, batch));
        progress?.Report(new ImportProgress(ImportStage.Tagging, total, total));
        await using var import = await connection.BeginBinaryImportAsync(
            "COPY bulk_chosen_tags (paper_id, tag_id, confidence, evidence) FROM STDIN (FORMAT BINARY)", cancellation);
        foreach (var (paperId, score) in tags)
        {
            await import.StartRowAsync(cancellation);
            await import.WriteAsync(paperId, NpgsqlDbType.Bigint, cancellation);
            await import.WriteAsync(score.TagId, NpgsqlDbType.Integer, cancellation);
            await import.WriteAsync(score.Confidence, NpgsqlDbType.Double, cancellation);
            await import.WriteAsync(EvidenceSpan.Serialize(score.Evidence), NpgsqlDbType.Text, cancellation);
        }

        await import.CompleteAsync(cancellation);
        return tags.Count;
    }

    private static List<(long PaperId, TagScore Score)> Score(TaggingEngine engine, List<(long Id, string Title, string Abstract, bool TitleIsDerived)> papers)
    {
        var scored = new List<(long, TagScore)>[papers.Count];
        Parallel.For(0, papers.Count, i =>
        {
            var paper = papers[i];
            scored[i] = engine.Score(paper.Title, paper.Abstract, paper.TitleIsDerived).Where(static s => s.Applies).Select(s => (paper.Id, s)).ToList();
        });
        return scored.SelectMany(static s => s).ToList();
    }
}
