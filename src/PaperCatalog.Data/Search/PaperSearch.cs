using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PaperCatalog.Data.Search;

/// <summary>
/// Runs a search in two round trips (one more when filtering by tags, whose ids come first, and one more for a query that may hold
/// a phrase, whose <see cref="PhraseGuide"/> comes first): the page's ids, the count and the facets; then the
/// details of just the rows shown (highlighting with ts_headline is costly, so only those get it). A relevance search
/// counts after its page: its window of best matches often holds them all (or, for a phrase of common words, reads on to count them), and then gives the count and the facets' papers. With a
/// <see cref="SnapshotCache"/>, one round trip first reads the database snapshot, and a search already run
/// under that snapshot is answered from memory.
/// </summary>
/// <param name="cache">Recent results to answer from; without it, every search runs.</param>
public sealed class PaperSearch(IDbContextFactory<CatalogDbContext> contexts, SnapshotCache? cache = null)
{
    public async Task<PaperSearchResult> SearchAsync(PaperSearchCriteria criteria, CancellationToken cancellation, SearchParts parts = SearchParts.All)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        // Rows alone are walks page by page (exports, bulk tagging), not views that people open again.
        if (cache is null || parts == SearchParts.Rows)
        {
            return await RunAsync(connection, criteria, parts, cancellation);
        }

        return (await cache.ReadAsync<PaperSearchResult>(
            db, snapshot => SearchCacheKey.For(connection.Database, snapshot, criteria, parts), async () => await RunAsync(connection, criteria, parts, cancellation), cancellation))!;
    }

    private static async Task<PaperSearchResult> RunAsync(NpgsqlConnection connection, PaperSearchCriteria criteria, SearchParts parts, CancellationToken cancellation)
    {
        var sql = await PaperSearchSql.ForAsync(connection, criteria, cancellation);
        if (criteria.Cursor is { } cursor)
        {
            sql.AddCursor(cursor);
        }

        var offset = criteria.Cursor is null ? (criteria.Page - 1) * criteria.PageSize : 0;
        var (count, facets) = (parts.HasFlag(SearchParts.Count), parts.HasFlag(SearchParts.Facets));
        // A relevance window may hold or count every match; the totals then wait for it rather than scan for the matches again.
        var totalsWithPage = (count || facets) && !sql.UsesRelevanceWindow;
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command(sql.Page(criteria.PageSize + 1, offset, withMatches: count || facets), sql.Parameters));
        batch.BatchCommands.Add(Command("SELECT numnode(websearch_to_tsquery('english', @q))", sql.Parameters));
        var totalsAt = totalsWithPage ? AddTotals(batch, sql, count, facets, matchIds: null) : -1;
        await using var reader = await batch.ExecuteReaderAsync(cancellation);
        var page = await PageRows.ReadAsync(reader, criteria, offset, cancellation);
        await reader.NextResultAsync(cancellation);
        var queryNodes = await ReadScalarAsync<int>(reader, cancellation);
        var totals = totalsWithPage ? await ReadTotalsAsync(reader, standingOn: 1, totalsAt, cancellation) : new SearchTotals(-1, SearchFacets.Empty);
        await reader.DisposeAsync();
        if ((count || facets) && !totalsWithPage)
        {
            totals = await WindowTotalsAsync(connection, sql, page.Matches, count, facets, cancellation);
        }

        var highlightQuery = criteria.HasQuery && parts.HasFlag(SearchParts.Highlights) ? criteria.Query : null;
        var items = await PaperSummaries.LoadAsync(connection, page.Ids, highlightQuery, cancellation);
        var capped = totals.Count > PaperSearchSql.CountCap;
        return new PaperSearchResult(capped ? PaperSearchSql.CountCap : (int)totals.Count, items, totals.Facets, page.NextCursor, page.PreviousCursor, criteria.HasQuery && queryNodes == 0, capped, sql.SourceIsUnknown, sql.UnknownTags);
    }

    // The totals of a relevance search. When the window counted the matches the count needs no query, and the facets
    // read its ids (every match, or the sample; the year and dump facets still scan without their own filter); a full
    // window that did not count leaves the capped scan to find the rest.
    private static async Task<SearchTotals> WindowTotalsAsync(NpgsqlConnection connection, PaperSearchSql sql, WindowMatches? matches, bool count, bool facets, CancellationToken cancellation)
    {
        if (matches is not null && (!facets || (matches.Total == 0 && !sql.FacetsScanOnTheirOwn)))
        {
            return new SearchTotals(count ? matches.Total : -1, SearchFacets.Empty);
        }

        await using var batch = new NpgsqlBatch(connection);
        var totalsAt = AddTotals(batch, sql, count && matches is null, facets, matches?.Ids);
        await using var reader = await batch.ExecuteReaderAsync(cancellation);
        var totals = await ReadTotalsAsync(reader, standingOn: 0, totalsAt, cancellation);
        return matches is not null && count ? totals with { Count = matches.Total } : totals;
    }

    // Adds the count plan, where there is one, and the count and facets; returns the latter's place in the batch.
    private static int AddTotals(NpgsqlBatch batch, PaperSearchSql sql, bool count, bool facets, IReadOnlyList<long>? matchIds)
    {
        if (sql.CountPlan is { } plan)
        {
            batch.BatchCommands.Add(Command(plan, sql.Parameters));
        }

        var parameters = matchIds is null ? sql.Parameters : sql.Parameters.Append(PaperSearchSql.MatchIds(matchIds));
        batch.BatchCommands.Add(Command(sql.CountAndFacets(count, facets, givenMatches: matchIds is not null), parameters));
        return batch.BatchCommands.Count - 1;
    }

    // Moves the reader from the result it stands on to the totals' (both given as places in the batch) and reads them.
    private static async Task<SearchTotals> ReadTotalsAsync(NpgsqlDataReader reader, int standingOn, int totalsAt, CancellationToken cancellation)
    {
        for (var result = standingOn; result < totalsAt; result++)
        {
            await reader.NextResultAsync(cancellation);
        }

        return await SearchTotals.ReadAsync(reader, cancellation);
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
}
