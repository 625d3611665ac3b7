using Npgsql;

namespace PaperCatalog.Data.Search;

/// <summary>
/// A second text condition for a search that holds a phrase: the query's words that are not common, all of them
/// required. RUM checks a phrase as one key, reading every position of every paper that holds its words; given the
/// rare words as a key of their own, it reads the common words' postings only where the rare ones are. At 1,000,000
/// papers "Reality Learning" (its words in 1.7% and 81% of papers) counted in 36 ms instead of 154, and its window of
/// 1,000 took 65 ms instead of 417 (ADR-020).
/// </summary>
/// <remarks>
/// No guide when every word is common: a key of words in most papers made "language model" slower (720 ms
/// against 520), and so did one for a query without a phrase, whose words RUM already reads together. Nor for a
/// query with <c>or</c> or an excluded word, whose words are not all required. Nor before ANALYZE has sampled the
/// catalog, when no word is known to be common.
/// </remarks>
internal static class PhraseGuide
{
    /// <summary>
    /// Whether the query may hold a phrase: quotes, or punctuation that joins words into one (state-of-the-art),
    /// which websearch_to_tsquery also reads as a phrase. Queries of ASCII letters, digits and spaces skip the round
    /// trip; any other character asks, since PostgreSQL's idea of a letter or a space need not be .NET's.
    /// </summary>
    public static bool MayApply(string query) => query.Any(static c => !char.IsAsciiLetterOrDigit(c) && c != ' ');

    /// <summary>A pattern for a tsquery's text that holds a phrase: <c>&lt;-&gt;</c>, or <c>&lt;2&gt;</c> around a stop word.</summary>
    public const string PhraseOperator = "'<([0-9]+|-)>'";

    // A query may take a guide when it holds a phrase, has no `or` and no excluded word, and ANALYZE has sampled the
    // catalog. The lexemes are copied from the query's own text, quoted as they are there, so the guide holds the
    // same words; they are unquoted (tsquery text doubles quotes and backslashes) only to be looked up among the shares.
    private const string Sql = $"""
        WITH q AS (SELECT websearch_to_tsquery('english', @q)::text AS t),
        shares AS MATERIALIZED ({LexemeShares.Sql}),
        eligible AS (
            SELECT q.t FROM q
            WHERE q.t ~ {PhraseOperator} AND EXISTS (SELECT 1 FROM shares)
              AND regexp_replace(q.t, '''(?:[^'']|'''')*''', '', 'g') !~ '[|!]')
        SELECT EXISTS (SELECT 1 FROM eligible), (
            SELECT string_agg(DISTINCT w.quoted, ' & ')
            FROM eligible e, regexp_matches(e.t, '(''((?:[^'']|'''')*)'')', 'g') AS m,
                 LATERAL (SELECT m[1] AS quoted, replace(replace(m[2], '''''', ''''), '\\', '\') AS lexeme) AS w
            WHERE NOT EXISTS (SELECT 1 FROM shares c WHERE c.lexeme = w.lexeme AND c.share > {LexemeShares.CommonShare}))
        """;

    /// <summary>The query's guide as tsquery text (<c>'realiti' &amp; 'survey'</c>), or why it has none.</summary>
    public static async Task<QueryPhrase> ForAsync(NpgsqlConnection connection, string query, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("q", query);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return new QueryPhrase(reader.GetBoolean(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}

/// <summary>What <see cref="PhraseGuide"/> found in a query.</summary>
/// <param name="MayBeGuided">Whether the query holds a phrase, has no <c>or</c> and no excluded word, and the catalog has lexeme shares.</param>
/// <param name="Guide">The query's rare words as tsquery text, or null when it gets no guide.</param>
internal sealed record QueryPhrase(bool MayBeGuided, string? Guide)
{
    /// <summary>What a query that cannot hold a phrase has (see <see cref="PhraseGuide.MayApply"/>).</summary>
    public static QueryPhrase None { get; } = new(false, null);

    /// <summary>A phrase that could have had a guide, but whose every word is common.</summary>
    public bool OfCommonWords => MayBeGuided && Guide is null;
}
