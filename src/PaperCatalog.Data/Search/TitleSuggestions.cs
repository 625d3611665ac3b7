using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace PaperCatalog.Data.Search;

/// <summary>
/// Finds titles for a search that matched nothing: three titles that hold every word of the search as
/// <see cref="SpellingCorrections"/> corrected it, the most like it first; when no title holds them all, three that
/// hold every word but one, since words that never meet in a title may still each lead to one.
/// </summary>
/// <param name="budget">
/// How long each of its statements may take (default <see cref="DefaultBudget"/>); past it there are no
/// suggestions. A lookup by trigrams over every title, as before ADR-026, took 14.5 s for "distilation knowlege"
/// at 1,000,000 papers and 18–30 s at 2,500,000, so it always ran out of budget there.
/// </param>
public sealed class TitleSuggestions(IDbContextFactory<CatalogDbContext> contexts, TimeSpan? budget = null)
{
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMilliseconds(300);

    /// <summary>A search of more words gets no titles that lack one of them: each word left out is a lookup of its own.</summary>
    public const int MaxWordsToLeaveOneOut = 5;

    private const string Limit = "3";

    // The search's stemmed words, each asked of the title alone (weight A is the title's, paper_search_vector) and
    // quoted for tsquery, since a lexeme may hold a quote; the rarest first, by the planner's own statistics (a word
    // they do not list among the most common is rarer than those they do).
    private const string TitleWordsSql = """
        SELECT array_agg('''' || replace(w.lexeme, '''', '''''') || ''':A' ORDER BY coalesce(f.freq, 0), w.lexeme)
        FROM unnest(tsvector_to_array(to_tsvector('english', @q))) AS w(lexeme)
        LEFT JOIN LATERAL (
            SELECT s.most_common_elem_freqs[array_position(s.most_common_elems::text::text[], w.lexeme)] AS freq
            FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'papers' AND s.attname = 'search_vector') AS f ON true
        """;

    private readonly TimeSpan _budget = budget ?? DefaultBudget;

    /// <param name="query">The search's words, corrected where <see cref="SpellingCorrections"/> could.</param>
    public async Task<IReadOnlyList<TitleSuggestion>> FindAsync(string query, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        return await QueryBudget.WithinAsync<IReadOnlyList<TitleSuggestion>>(
            db, _budget, [], async () => await ReadAsync(connection, query, cancellation), cancellation);
    }

    private static async Task<List<TitleSuggestion>> ReadAsync(NpgsqlConnection connection, string query, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(TitleWordsSql, connection);
        command.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = query });
        if (await command.ExecuteScalarAsync(cancellation) is not string[] words)
        {
            return [];
        }

        var titles = await LookUpAsync(connection, query, [words], cancellation);
        if (titles.Count > 0 || words.Length < 2 || words.Length > MaxWordsToLeaveOneOut)
        {
            return titles;
        }

        var allButOne = words.Select((_, left) => words.Where((_, i) => i != left).ToArray()).ToList();
        return await LookUpAsync(connection, query, allButOne, cancellation);
    }

    // Each set of words (the rarest first) is looked up through its rarest word alone, and the rest are tested on the
    // rows it finds (ts_match_vq is @@ as a function, which the index does not take): given them all, the text index
    // read every posting of the common words too, 650-940 ms for "knowledge quok" at 2,500,000 papers against 6 ms.
    // The words are parameters so that PostgreSQL plans knowing them, and reads the table until the third title
    // when even the rarest word is common (worked out inside the statement, they once cost 840 ms at 1,000,000).
    private static async Task<List<TitleSuggestion>> LookUpAsync(NpgsqlConnection connection, string query, IReadOnlyList<string[]> wordSets, CancellationToken cancellation)
    {
        var lookups = wordSets.Select(static (_, i) =>
            $"(SELECT id, title FROM papers WHERE NOT title_is_derived AND search_vector @@ @lead{i}::tsquery AND ts_match_vq(search_vector, @words{i}::tsquery) LIMIT {Limit})");
        var sql = $"""
            SELECT id, title FROM ({string.Join(" UNION ", lookups)}) AS found
            ORDER BY word_similarity(@q, title) DESC, id
            LIMIT {Limit}
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = query });
        for (var i = 0; i < wordSets.Count; i++)
        {
            command.Parameters.Add(new NpgsqlParameter($"lead{i}", NpgsqlDbType.Text) { Value = wordSets[i][0] });
            command.Parameters.Add(new NpgsqlParameter($"words{i}", NpgsqlDbType.Text) { Value = string.Join(" & ", wordSets[i]) });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var titles = new List<TitleSuggestion>();
        while (await reader.ReadAsync(cancellation))
        {
            titles.Add(new TitleSuggestion(reader.GetInt64(0), reader.GetString(1)));
        }

        return titles;
    }
}

public sealed record TitleSuggestion(long Id, string Title);
