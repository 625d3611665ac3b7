using Npgsql;
using NpgsqlTypes;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Importing.Bulk;

/// <summary>
/// Tags the papers a bulk import added: streams them out with COPY, scores them on every core,
/// and copies the automatic tags back in. New papers have no editor decisions to respect.
/// </summary>
internal static class BulkTagger
{
    private const int BatchSize = 4096;

    public static async Task<int> TagAddedAsync(NpgsqlConnection connection, TaggingEngine engine, DateTimeOffset now, CancellationToken cancellation)
    {
        var tags = new List<(long PaperId, TagScore Score)>();
        var batch = new List<(long Id, string Title, string Abstract, bool TitleIsDerived)>(BatchSize);
        await using (var export = await connection.BeginBinaryExportAsync(
            "COPY (SELECT p.id, p.title, p.abstract, p.title_is_derived FROM papers p JOIN bulk_added a ON a.id = p.id) TO STDOUT (FORMAT BINARY)", cancellation))
        {
            while (await export.StartRowAsync(cancellation) != -1)
            {
                batch.Add((await export.ReadAsync<long>(cancellation), await export.ReadAsync<string>(cancellation), await export.ReadAsync<string>(cancellation), await export.ReadAsync<bool>(cancellation)));
                if (batch.Count == BatchSize)
                {
                    tags.AddRange(Score(engine, batch));
                    batch.Clear();
                }
            }
        }

        tags.AddRange(Score(engine, batch));
        await using var import = await connection.BeginBinaryImportAsync(
            "COPY paper_tags (paper_id, tag_id, source, is_rejected, confidence, evidence, updated_at) FROM STDIN (FORMAT BINARY)", cancellation);
        foreach (var (paperId, score) in tags)
        {
            await import.StartRowAsync(cancellation);
            await import.WriteAsync(paperId, NpgsqlDbType.Bigint, cancellation);
            await import.WriteAsync(score.TagId, NpgsqlDbType.Integer, cancellation);
            await import.WriteAsync(nameof(TagSource.Automatic), NpgsqlDbType.Varchar, cancellation);
            await import.WriteAsync(false, NpgsqlDbType.Boolean, cancellation);
            await import.WriteAsync(score.Confidence, NpgsqlDbType.Double, cancellation);
            await import.WriteAsync(EvidenceSpan.Serialize(score.Evidence), NpgsqlDbType.Text, cancellation);
            await import.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellation);
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
