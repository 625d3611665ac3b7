using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace PaperCatalog.Data.Search;

/// <summary>Finds titles that look like a search that matched nothing, by trigram word similarity.</summary>
/// <param name="budget">
/// How long the lookup may take (default <see cref="DefaultBudget"/>); past it there are no suggestions. At 2,500,000
/// papers a misspelled common word shares trigrams with a large part of all titles: "distilation knowlege" took
/// 18–30 s, and the first try ran into Npgsql's 30 s timeout and failed the whole search.
/// </param>
public sealed class TitleSuggestions(IDbContextFactory<CatalogDbContext> contexts, TimeSpan? budget = null)
{
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMilliseconds(300);

    private const int Limit = 3;

    // Lower than pg_trgm's default (0.6): a misspelled word shares few of its trigrams.
    private const string Threshold = "0.35";

    private readonly TimeSpan _budget = budget ?? DefaultBudget;

    public async Task<IReadOnlyList<TitleSuggestion>> FindAsync(string query, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        return await QueryBudget.WithinAsync<IReadOnlyList<TitleSuggestion>>(
            db, _budget, [], async () => await ReadAsync(connection, query, cancellation), cancellation,
            ("pg_trgm.word_similarity_threshold", Threshold));
    }

    private static async Task<List<TitleSuggestion>> ReadAsync(NpgsqlConnection connection, string query, CancellationToken cancellation)
    {
        await using var find = new NpgsqlCommand(
            $"SELECT id, title FROM papers WHERE NOT title_is_derived AND @q <% title ORDER BY word_similarity(@q, title) DESC, id LIMIT {Limit}", connection);
        find.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = query });
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
