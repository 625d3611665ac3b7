using Npgsql;
using PaperCatalog.Data.Search;
using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>
/// A phrase of common words reads on past its relevance window to count (ADR-021); its window must still be the best
/// 1,000 matches, so its pages, forward and back, are those of a search that asks for rows only and reads the window alone.
/// </summary>
public sealed class WindowStreamTests(PostgresServer server)
{
    private const int Zeolites = PaperSearchSql.RelevanceWindow + 500;

    [Fact]
    public async Task A_phrase_that_counts_from_its_stream_pages_through_the_same_window_as_one_that_reads_only_the_window()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        app.CreateClient().Dispose();
        await RumCatalog.SkipUnlessIndexedAsync(app.ConnectionString);
        // The phrase comes 1 to 13 times, so the papers rank at 13 levels and a window of the wrong 1,000 shows.
        await ZeolitePapers.AddAsync(app.ConnectionString, Zeolites, "'We study it. ' || repeat('Zeolite number. ', 1 + n % 13)", "NULL");
        await CatalogSql.ExecuteAsync(app.ConnectionString, "ANALYZE papers");
        using var statements = new StatementLog();
        await using var dataSource = new NpgsqlDataSourceBuilder(app.ConnectionString).UseLoggerFactory(statements.Factory).Build();
        var search = new PaperSearch(new DataSourceContexts(dataSource));
        var criteria = new PaperSearchCriteria { Query = "\"zeolite number\"" };

        var whole = await search.SearchAsync(criteria, cancellation);
        Assert.Contains(statements.Take(), static m => m.Contains($"LIMIT {PaperSearchSql.CountCap + 1}", StringComparison.Ordinal));
        Assert.Equal(Zeolites, whole.Total);

        var (all, rows) = (whole, await search.SearchAsync(criteria, cancellation, SearchParts.Rows));
        for (var page = 0; page < 3; page++)
        {
            Assert.Equal(Ids(rows), Ids(all));
            var next = SearchCursor.Decode(rows.NextCursor!);
            (all, rows) = (await search.SearchAsync(criteria with { Cursor = next }, cancellation), await search.SearchAsync(criteria with { Cursor = next }, cancellation, SearchParts.Rows));
        }

        var back = SearchCursor.Decode(rows.PreviousCursor!);
        Assert.Equal(
            Ids(await search.SearchAsync(criteria with { Cursor = back }, cancellation, SearchParts.Rows)),
            Ids(await search.SearchAsync(criteria with { Cursor = back }, cancellation)));
    }

    private static List<long> Ids(PaperSearchResult result) => [.. result.Items.Select(static i => i.Id)];
}
