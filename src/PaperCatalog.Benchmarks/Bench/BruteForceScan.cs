namespace PaperCatalog.Benchmarks.Bench;

/// <summary>
/// The in-process baseline: every title and abstract held in memory, scanned for the query's words.
/// </summary>
internal sealed class BruteForceScan(IReadOnlyList<string> texts)
{
    public static async Task<BruteForceScan> LoadAsync(string tsvPath, CancellationToken cancellation)
    {
        var texts = new List<string>();
        await foreach (var line in File.ReadLinesAsync(tsvPath, cancellation))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var second = line.IndexOf('\t', tab + 1);
            texts.Add(line[..second].ToLowerInvariant());
        }

        return new BruteForceScan(texts);
    }

    /// <summary>How many papers contain every word of the query (a quoted phrase as a whole).</summary>
    public int Count(BenchQuery query)
    {
        var needles = query.Text.StartsWith('"')
            ? [query.Text.Trim('"').ToLowerInvariant()]
            : query.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = 0;
        foreach (var text in texts)
        {
            if (needles.All(n => text.Contains(n, StringComparison.Ordinal)))
            {
                found++;
            }
        }

        return found;
    }
}
