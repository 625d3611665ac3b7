using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace PaperCatalog.Data.Search;

/// <summary>A paper's whole title and abstract with the words of a search marked.</summary>
public sealed class PaperHighlights(IDbContextFactory<CatalogDbContext> contexts)
{
    private const string Options = "StartSel=" + HighlightedText.StartMark + ", StopSel=" + HighlightedText.StopMark + ", HighlightAll=true";

    /// <returns>The highlighted title and abstract, or <c>null</c> when there is no such paper.</returns>
    public async Task<(HighlightedText Title, HighlightedText Abstract)?> ForAsync(long paperId, string query, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            "SELECT title, abstract, ts_headline('english', title, websearch_to_tsquery('english', @q), @options), ts_headline('english', abstract, websearch_to_tsquery('english', @q), @options) FROM papers WHERE id = @id",
            connection);
        command.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = query });
        command.Parameters.Add(new NpgsqlParameter("options", NpgsqlDbType.Text) { Value = Options });
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Bigint) { Value = paperId });
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        if (!await reader.ReadAsync(cancellation))
        {
            return null;
        }

        return (HighlightedText.FromHeadline(reader.GetString(2), reader.GetString(0)), HighlightedText.FromHeadline(reader.GetString(3), reader.GetString(1)));
    }
}
