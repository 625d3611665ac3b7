using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PaperCatalog.Data.Search;

/// <summary>
/// Runs a search in two round trips: first the count, the page's ids and the facets; then the
/// details of just the rows shown (highlighting with ts_headline is costly, so only those get it).
/// </summary>
public sealed class PaperSearch(IDbContextFactory<CatalogDbContext> contexts)
{
    public async Task<PaperSearchResult> SearchAsync(PaperSearchCriteria criteria, CancellationToken cancellation, SearchParts parts = SearchParts.All)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        var sql = new PaperSearchSql(criteria, await RumIndex.IsPresentAsync(connection, cancellation));
        if (criteria.Cursor is { } cursor)
        {
            sql.AddCursor(cursor);
        }

        var offset = criteria.Cursor is null ? (criteria.Page - 1) * criteria.PageSize : 0;
        var facets = parts.HasFlag(SearchParts.Facets);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command(sql.Page(criteria.PageSize + 1, offset), sql.Parameters));
        batch.BatchCommands.Add(Command("SELECT numnode(websearch_to_tsquery('english', @q))", sql.Parameters));
        batch.BatchCommands.Add(Command(parts.HasFlag(SearchParts.Count) ? sql.Count : "SELECT -1::bigint", sql.Parameters));
        if (facets)
        {
            foreach (var text in new[] { sql.TagFacet, sql.YearFacet, sql.SourceFacet })
            {
                batch.BatchCommands.Add(Command(text, sql.Parameters));
            }
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellation);
        var page = await PageRows.ReadAsync(reader, criteria, offset, cancellation);
        await reader.NextResultAsync(cancellation);
        var queryNodes = await ReadScalarAsync<int>(reader, cancellation);
        await reader.NextResultAsync(cancellation);
        var total = await ReadScalarAsync<long>(reader, cancellation);
        var found = SearchFacets.Empty;
        if (facets)
        {
            await reader.NextResultAsync(cancellation);
            var tags = await ReadFacetAsync<string>(reader, cancellation);
            await reader.NextResultAsync(cancellation);
            var years = await ReadFacetAsync<int>(reader, cancellation);
            await reader.NextResultAsync(cancellation);
            found = new SearchFacets(tags.OrderByDescending(t => t.Count).ThenBy(t => t.Value, StringComparer.Ordinal).ToList(), years, await ReadFacetAsync<string>(reader, cancellation));
        }

        await reader.DisposeAsync();
        var highlightQuery = criteria.HasQuery && parts.HasFlag(SearchParts.Highlights) ? criteria.Query : null;
        var items = await PaperSummaries.LoadAsync(connection, page.Ids, highlightQuery, cancellation);
        var capped = total > PaperSearchSql.CountCap;
        return new PaperSearchResult(capped ? PaperSearchSql.CountCap : (int)total, items, found, page.NextCursor, page.PreviousCursor, criteria.HasQuery && queryNodes == 0, capped);
    }

    internal static NpgsqlBatchCommand Command(string text, IEnumerable<NpgsqlParameter> parameters)
    {
        var command = new NpgsqlBatchCommand(text);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }

    private static async Task<T> ReadScalarAsync<T>(NpgsqlDataReader reader, CancellationToken cancellation)
    {
        await reader.ReadAsync(cancellation);
        return reader.GetFieldValue<T>(0);
    }

    private static async Task<List<FacetCount<T>>> ReadFacetAsync<T>(NpgsqlDataReader reader, CancellationToken cancellation)
    {
        var counts = new List<FacetCount<T>>();
        while (await reader.ReadAsync(cancellation))
        {
            counts.Add(new FacetCount<T>(reader.GetFieldValue<T>(0), (int)reader.GetInt64(1)));
        }

        return counts;
    }
}
