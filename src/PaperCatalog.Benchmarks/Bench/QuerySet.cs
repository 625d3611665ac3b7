using Npgsql;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>
/// Builds the 50 rotating queries from the corpus itself: single terms in document-frequency
/// bands, two- and three-term queries, phrases, and tag-filtered variants.
/// </summary>
internal static class QuerySet
{
    /// <summary>The bands, as shares of all papers.</summary>
    public static readonly double[] Bands = [0.0001, 0.001, 0.01, 0.05, 0.20];

    private const int TermsPerBand = 6;
    private const int SampleRows = 200_000;

    public static async Task<IReadOnlyList<BenchQuery>> BuildAsync(string connectionString, int papers, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        var frequencies = await FrequenciesAsync(connection, papers, cancellation);
        var bands = Bands.Select(share => Nearest(frequencies, share * papers, TermsPerBand)).ToList();
        var queries = new List<BenchQuery>();
        for (var b = 0; b < Bands.Length; b++)
        {
            queries.AddRange(bands[b].Select(term => new BenchQuery($"{Bands[b] * 100:0.##}%", term, [])));
        }

        string Term(int band, int index) => bands[band][index % bands[band].Count];
        queries.AddRange([.. new[] { (2, 3), (3, 4), (4, 4), (1, 4), (2, 4), (3, 3), (2, 2), (1, 3) }
            .Select((pair, i) => new BenchQuery("two terms", $"{Term(pair.Item1, i)} {Term(pair.Item2, i + 1)}", []))]);
        queries.AddRange([.. new[] { (2, 3, 4), (3, 4, 4), (2, 2, 4), (1, 3, 4) }
            .Select((t, i) => new BenchQuery("three terms", $"{Term(t.Item1, i)} {Term(t.Item2, i + 2)} {Term(t.Item3, i + 3)}", []))]);
        queries.AddRange((await PhrasesAsync(connection, 4, cancellation)).Select(static p => new BenchQuery("phrase", $"\"{p}\"", [])));
        var tag = await CommonestTagAsync(connection, cancellation);
        queries.AddRange([.. new[] { (3, 0), (3, 1), (4, 0), (4, 1) }.Select(t => new BenchQuery("tag-filtered", Term(t.Item1, t.Item2), [tag]))]);
        return queries;
    }

    // Lexemes that a search for the same word finds again (stemming is idempotent for them).
    private static async Task<List<(string Word, double Documents)>> FrequenciesAsync(NpgsqlConnection connection, int papers, CancellationToken cancellation)
    {
        var share = Math.Min(100.0, 100.0 * SampleRows / Math.Max(1, papers));
        var sample = share >= 100 ? "papers" : $"papers TABLESAMPLE SYSTEM ({share.ToString(System.Globalization.CultureInfo.InvariantCulture)}) REPEATABLE (7)";
        await using var command = new NpgsqlCommand(
            $$"""
            SELECT word, ndoc * {{(100.0 / share).ToString(System.Globalization.CultureInfo.InvariantCulture)}} FROM ts_stat('SELECT search_vector FROM {{sample}}')
            WHERE word ~ '^[a-z]{4,}$' AND websearch_to_tsquery('english', word)::text = '''' || word || ''''
            """,
            connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var words = new List<(string, double)>();
        while (await reader.ReadAsync(cancellation))
        {
            words.Add((reader.GetString(0), reader.GetDouble(1)));
        }

        return words;
    }

    private static List<string> Nearest(List<(string Word, double Documents)> frequencies, double target, int count) =>
        [.. frequencies.Where(static f => f.Documents >= 1)
            .OrderBy(f => Math.Abs(Math.Log(f.Documents / Math.Max(1, target))))
            .ThenBy(static f => f.Word, StringComparer.Ordinal)
            .Take(count).Select(static f => f.Word)];

    private static async Task<List<string>> PhrasesAsync(NpgsqlConnection connection, int count, CancellationToken cancellation)
    {
        // Two adjacent words from titles spread over the table, so phrases are real and varied.
        await using var command = new NpgsqlCommand(
            $$"""
            SELECT (regexp_matches(title, '([A-Za-z]{5,} [A-Za-z]{5,})'))[1] FROM papers
            WHERE id % 97 = 0 AND title ~ '[A-Za-z]{5,} [A-Za-z]{5,}' ORDER BY id LIMIT {{count}}
            """,
            connection);
        var phrases = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            phrases.Add(reader.GetString(0));
        }

        return phrases;
    }

    private static async Task<string> CommonestTagAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            "SELECT t.slug FROM tags t JOIN paper_tags pt ON pt.tag_id = t.id GROUP BY t.slug ORDER BY count(*) DESC, t.slug LIMIT 1", connection);
        return (string?)await command.ExecuteScalarAsync(cancellation) ?? "distillation";
    }
}
