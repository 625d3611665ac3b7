using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace PaperCatalog.Data.Search;

/// <summary>
/// Corrects the misspelled words of a search that found nothing, against the words of the catalog's titles
/// (<c>title_words</c>, kept by triggers on papers): "knowlege distilation" → "knowledge distillation".
/// </summary>
/// <param name="budget">How long the lookup may take (default <see cref="DefaultBudget"/>); past it there is no correction.</param>
public sealed partial class SpellingCorrections(IDbContextFactory<CatalogDbContext> contexts, TimeSpan? budget = null)
{
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMilliseconds(300);

    // Words shorter than this are left alone: too few trigrams to tell a typo from another word.
    private const int ShortestWord = 3;

    // pg_trgm similarity a replacement needs: a one-letter typo in a word of eight keeps about half its trigrams.
    private const string MinSimilarity = "0.4";

    // Each unknown word's closest title words by trigrams; the trigram index finds those over the threshold, so the
    // cost follows the vocabulary's size, not the catalog's.
    private const string Sql = $"""
        SELECT q.word, c.word, c.distance
        FROM unnest(@words) AS q(word)
        CROSS JOIN LATERAL (
            SELECT t.word, t.word <-> q.word AS distance FROM title_words t WHERE t.word % q.word
            ORDER BY t.word <-> q.word, t.word LIMIT {Candidates}) AS c
        WHERE NOT EXISTS (SELECT 1 FROM title_words k WHERE k.word = q.word)
        """;

    // Trigrams often tie: "transformr" shares as many with "transformed" as with "transformer", and the alphabet
    // chose "transformed". The fewest letter edits decide among the closest few.
    private const string Candidates = "5";

    /// <summary>The query with each misspelled word replaced by the closest title word, or <c>null</c> when nothing changes.</summary>
    public async Task<string?> SuggestAsync(string query, CancellationToken cancellation)
    {
        var words = Words(query);
        var checkable = words.Where(static w => w.Length >= ShortestWord).Select(static w => w.ToLowerInvariant()).Distinct().ToArray();
        if (checkable.Length == 0)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        var replacements = await QueryBudget.WithinAsync<Dictionary<string, string>>(
            db, budget ?? DefaultBudget, [], async () => await ReadAsync(connection, checkable, cancellation), cancellation,
            ("pg_trgm.similarity_threshold", MinSimilarity));
        return replacements.Count == 0
            ? null
            : string.Join(' ', words.Select(w => replacements.GetValueOrDefault(w.ToLowerInvariant(), w)));
    }

    private static async Task<Dictionary<string, string>> ReadAsync(NpgsqlConnection connection, string[] words, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter("words", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = words });
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var candidates = new List<(string Word, string Candidate, float Distance)>();
        while (await reader.ReadAsync(cancellation))
        {
            candidates.Add((reader.GetString(0), reader.GetString(1), reader.GetFloat(2)));
        }

        return candidates.GroupBy(static c => c.Word, StringComparer.Ordinal).ToDictionary(
            static g => g.Key,
            static g => g.OrderBy(c => EditDistance.Between(c.Word, c.Candidate)).ThenBy(static c => c.Distance).ThenBy(static c => c.Candidate, StringComparer.Ordinal).First().Candidate,
            StringComparer.Ordinal);
    }

    // Runs of letters and digits, as title_words holds them: punctuation and markup ("<script>") are no part of a word.
    private static string[] Words(string text) => [.. Word().Matches(text).Select(static m => m.Value)];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
