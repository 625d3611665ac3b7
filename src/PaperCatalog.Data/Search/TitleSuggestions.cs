using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace PaperCatalog.Data.Search;

/// <summary>
/// Finds titles for a search that matched nothing: three titles that hold every word of the search as
/// <see cref="SpellingCorrections"/> corrected it, the most like it first.
/// </summary>
/// <param name="budget">
/// How long each of its two statements may take (default <see cref="DefaultBudget"/>); past it there are no
/// suggestions. A lookup by trigrams over every title, as before ADR-026, took 14.5 s for "distilation knowlege"
/// at 1,000,000 papers and 18–30 s at 2,500,000, so it always ran out of budget there.
/// </param>
public sealed class TitleSuggestions(IDbContextFactory<CatalogDbContext> contexts, TimeSpan? budget = null)
{
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMilliseconds(300);

    private const string Limit = "3";

    // The search's stemmed words, each asked of the title alone (weight A is the title's, paper_search_vector);
    // quoted for to_tsquery, since a lexeme may hold a quote.
    private const string TitleWordsSql = """
        SELECT to_tsquery('simple', string_agg('''' || replace(lexeme, '''', '''''') || ''':A', ' & '))::text
        FROM unnest(tsvector_to_array(to_tsvector('english', @q))) AS lexeme
        """;

    // Planned with the words known, PostgreSQL reads the table until the third title for words that many titles
    // hold, and the text index for rare ones. With the words worked out in the same statement it could not tell,
    // and read every match from the index: 840 ms for "language model" at 1,000,000 papers, against 27 ms.
    private const string Sql = $"""
        SELECT id, title FROM (
            SELECT id, title FROM papers WHERE NOT title_is_derived AND search_vector @@ @words::tsquery LIMIT {Limit}) AS found
        ORDER BY word_similarity(@q, title) DESC, id
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
        await using var words = new NpgsqlCommand(TitleWordsSql, connection);
        words.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = query });
        if (await words.ExecuteScalarAsync(cancellation) is not string titleWords)
        {
            return [];
        }

        await using var find = new NpgsqlCommand(Sql, connection);
        find.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = query });
        find.Parameters.Add(new NpgsqlParameter("words", NpgsqlDbType.Text) { Value = titleWords });
        await using var reader = await find.ExecuteReaderAsync(cancellation);
        var titles = new List<TitleSuggestion>();
        while (await reader.ReadAsync(cancellation))
        {
            titles.Add(new TitleSuggestion(reader.GetInt64(0), reader.GetString(1)));
        }

        return titles;
    }
}

public sealed record TitleSuggestion(long Id, string Title);
