using Microsoft.EntityFrameworkCore;
using Npgsql;
using PaperCatalog.Data;
using PaperCatalog.Data.Search;
using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>
/// A relevance search whose window of best matches holds them all takes its count and its facets' papers from that
/// window, without scanning the text index a second time; a fuller result still counts by the capped scan. Either
/// way the totals are those the newest sort, which always scans, reports for the same query.
/// </summary>
public sealed class WindowTotalsTests(PostgresServer server)
{
    private const int Zeolites = PaperSearchSql.RelevanceWindow + 150;
    private const int Mordenites = 40;

    [Theory]
    [InlineData("mordenite", Mordenites, false)]
    [InlineData("chabazite", 0, false)]
    [InlineData("\"zeolite number\"", Zeolites, true)]
    [InlineData("zeolite -mordenite", Zeolites - Mordenites, true)]
    [InlineData("\"a mordenite\"", Mordenites, false)]
    public async Task A_window_holding_every_match_counts_them_without_a_second_scan_and_reports_what_a_scan_reports(string query, int total, bool scans)
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        app.CreateClient().Dispose();
        await AddZeolitePapersAsync(app.ConnectionString);
        using var statements = new StatementLog();
        await using var dataSource = new NpgsqlDataSourceBuilder(app.ConnectionString).UseLoggerFactory(statements.Factory).Build();
        var search = new PaperSearch(new Contexts(dataSource));

        var relevance = await search.SearchAsync(new PaperSearchCriteria { Query = query }, TestContext.Current.CancellationToken);
        var sentForRelevance = statements.Take();
        var newest = await search.SearchAsync(new PaperSearchCriteria { Query = query, Sort = PaperSort.Newest }, TestContext.Current.CancellationToken);

        Assert.Equal((total, total), (relevance.Total, newest.Total));
        Assert.Equal(newest.Facets.Years, relevance.Facets.Years);
        Assert.Equal(newest.Facets.Tags, relevance.Facets.Tags);
        Assert.Equal(newest.Facets.IsSample, relevance.Facets.IsSample);
        // Each statement Npgsql sends is logged as it starts and as it completes: the starts are what ran.
        var textScans = sentForRelevance.Where(static m => m.StartsWith("Executing", StringComparison.Ordinal))
            .Sum(static m => m.Split("p.search_vector @@").Length - 1);
        Assert.Equal(scans ? 2 : 1, textScans);
    }

    // Every paper mentions a zeolite; the first few, dated in two years, also a mordenite.
    private static Task AddZeolitePapersAsync(string connectionString) =>
        ZeolitePapers.AddAsync(
            connectionString,
            Zeolites,
            $"'We study zeolite number ' || n || CASE WHEN n <= {Mordenites} THEN ', a mordenite.' ELSE '.' END",
            "make_date(2023 + n % 2, 1, 1)");

    private sealed class Contexts(NpgsqlDataSource dataSource) : IDbContextFactory<CatalogDbContext>
    {
        public CatalogDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<CatalogDbContext>().UseNpgsql(dataSource).UseSnakeCaseNamingConvention().Options);
    }
}
