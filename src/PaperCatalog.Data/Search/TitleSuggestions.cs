using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace PaperCatalog.Data.Search;

/// <summary>Finds titles that look like a search that matched nothing, by trigram word similarity.</summary>
public sealed class TitleSuggestions(IDbContextFactory<CatalogDbContext> contexts)
{
    private const int Limit = 3;

    // Lower than pg_trgm's default (0.6): a misspelled word shares few of its trigrams.
    private const string Threshold = "0.35";

    public async Task<IReadOnlyList<TitleSuggestion>> FindAsync(string query, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT set_config('pg_trgm.word_similarity_threshold', '{Threshold}', true)"));
        var find = new NpgsqlBatchCommand(
            $"SELECT id, title FROM papers WHERE NOT title_is_derived AND @q <% title ORDER BY word_similarity(@q, title) DESC, id LIMIT {Limit}");
        find.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = query });
        batch.BatchCommands.Add(find);

        await using var reader = await batch.ExecuteReaderAsync(cancellation);
        await reader.NextResultAsync(cancellation);
        var titles = new List<TitleSuggestion>();
        while (await reader.ReadAsync(cancellation))
        {
            titles.Add(new TitleSuggestion(reader.GetInt64(0), reader.GetString(1)));
        }

        return titles;
    }
}

public sealed record TitleSuggestion(long Id, string Title);
