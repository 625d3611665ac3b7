using Npgsql;
using PaperCatalog.Data.Search;
using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>
/// A relevance search whose window of best matches holds them all takes its count and its facets' papers from that
/// window, without scanning the text index a second time, and so does a phrase of common words, whose window reads on
/// to count (ADR-021); a fuller result still counts by the capped scan, and the year and dump facets still scan without
/// their own filter. Either way the totals are those the newest sort, which always scans, reports for the same search.
/// </summary>
public sealed class WindowTotalsTests(PostgresServer server)
{
    private const int Zeolites = PaperSearchSql.RelevanceWindow + 150;
    private const int Mordenites = 40;

    [Theory]
    [InlineData("mordenite", null, null, Mordenites, 1)]
    [InlineData("chabazite", null, null, 0, 1)]
    [InlineData("\"a mordenite\"", null, null, Mordenites, 1)]
    [InlineData("\"zeolite number\"", null, null, Zeolites, 1)]
    [InlineData("\"zeolite number\"", 2024, null, Zeolites / 2, 2)]
    [InlineData("zeolite -mordenite", null, null, Zeolites - Mordenites, 2)]
    [InlineData("mordenite", 2030, null, 0, 2)]
    [InlineData("mordenite", null, "zeolites-1.txt", Mordenites / 2, 2)]
    public async Task A_window_holding_every_match_counts_them_without_a_second_scan_and_reports_what_a_scan_reports(
        string query, int? yearFrom, string? source, int total, int textScans)
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        app.CreateClient().Dispose();
        await RumCatalog.SkipUnlessIndexedAsync(app.ConnectionString);
        await AddZeolitePapersAsync(app.ConnectionString);
        using var statements = new StatementLog();
        await using var dataSource = new NpgsqlDataSourceBuilder(app.ConnectionString).UseLoggerFactory(statements.Factory).Build();
        var search = new PaperSearch(new DataSourceContexts(dataSource));
        var criteria = new PaperSearchCriteria { Query = query, YearFrom = yearFrom, Source = source };

        var relevance = await search.SearchAsync(criteria, TestContext.Current.CancellationToken);
        var sentForRelevance = statements.Take();
        var newest = await search.SearchAsync(criteria with { Sort = PaperSort.Newest }, TestContext.Current.CancellationToken);

        Assert.Equal((total, total), (relevance.Total, newest.Total));
        Assert.Equal(newest.Facets.Years, relevance.Facets.Years);
        Assert.Equal(newest.Facets.Tags, relevance.Facets.Tags);
        Assert.Equal(newest.Facets.Sources, relevance.Facets.Sources);
        Assert.Equal(newest.Facets.IsSample, relevance.Facets.IsSample);
        var batches = Executed(sentForRelevance);
        Assert.Equal(textScans, TextScans(batches));
        // CountPlanTests shows what PaperSearchSql.CountPlan sets; these, that both sorts send it ahead of their totals.
        // The newest sort sends its totals with its page; a relevance search leaves them out only for an empty result
        // whose facets need no scan of their own.
        // Npgsql logs statements with their parameters numbered ($1), so the plan is matched up to its first one.
        var plan = new PaperSearchSql(criteria, rumIndex: true, new Dictionary<string, int>()).CountPlan!.Split('@')[0];
        AssertPlanAheadOfTotals(plan, batches, total > 0 || yearFrom is not null || source is not null ? 1 : 0);
        AssertPlanAheadOfTotals(plan, Executed(statements.Take()), 1);
    }

    [Fact]
    public async Task A_phrase_of_common_words_past_the_count_cap_counts_to_the_cap_from_its_window_as_a_scan_does()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        app.CreateClient().Dispose();
        await RumCatalog.SkipUnlessIndexedAsync(app.ConnectionString);
        // One paper in five is undated, some of them among the best: the year facet still counts 2,000 dated papers.
        await ZeolitePapers.AddAsync(app.ConnectionString, PaperSearchSql.CountCap + 50, "'We study zeolite number ' || n || '.'", "CASE WHEN n % 5 = 0 THEN NULL ELSE make_date(2023 + n % 2, 1, 1) END");
        await CatalogSql.ExecuteAsync(app.ConnectionString, "ANALYZE papers");
        using var statements = new StatementLog();
        await using var dataSource = new NpgsqlDataSourceBuilder(app.ConnectionString).UseLoggerFactory(statements.Factory).Build();
        var search = new PaperSearch(new DataSourceContexts(dataSource));
        var criteria = new PaperSearchCriteria { Query = "\"zeolite number\"" };

        var relevance = await search.SearchAsync(criteria, TestContext.Current.CancellationToken);
        var batches = Executed(statements.Take());
        var newest = await search.SearchAsync(criteria with { Sort = PaperSort.Newest }, TestContext.Current.CancellationToken);

        Assert.Equal((PaperSearchSql.CountCap, true), (relevance.Total, relevance.TotalIsCapped));
        Assert.Equal((newest.Total, newest.TotalIsCapped), (relevance.Total, relevance.TotalIsCapped));
        Assert.Equal((PaperSearchSql.FacetCap, PaperSearchSql.FacetCap), (relevance.Facets.Years.Sum(static y => y.Count), newest.Facets.Years.Sum(static y => y.Count)));
        Assert.Equal((true, true), (relevance.Facets.IsSample, newest.Facets.IsSample));
        Assert.Equal(criteria.PageSize, relevance.Items.Count);
        Assert.Equal(1, TextScans(batches));
    }

    // Every text scan in PaperSearchSql matches the query written so; a phrase guide adds a condition ahead of it.
    private static int TextScans(List<string> batches) =>
        batches.Sum(static m => m.Split("p.search_vector @@ websearch_to_tsquery(").Length - 1);

    // Npgsql logs each batch as it starts ("Executing …") with every statement's text, and again as it completes.
    private static List<string> Executed(List<string> messages) =>
        messages.Where(static m => m.StartsWith("Executing", StringComparison.Ordinal)).ToList();

    private static void AssertPlanAheadOfTotals(string plan, List<string> batches, int batchesWithTotals)
    {
        const string totalsStart = "matches AS MATERIALIZED";
        var withTotals = batches.Where(static m => m.Contains(totalsStart, StringComparison.Ordinal)).ToList();
        Assert.Equal(batchesWithTotals, withTotals.Count);
        Assert.All(withTotals, m => Assert.InRange(m.IndexOf(plan, StringComparison.Ordinal), 0, m.IndexOf(totalsStart, StringComparison.Ordinal)));
    }

    // Every paper mentions a zeolite and was seen in one of two dumps; the first few, dated in two years, also a
    // mordenite, and one in three of those is about distillation.
    private static async Task AddZeolitePapersAsync(string connectionString)
    {
        await ZeolitePapers.AddAsync(
            connectionString,
            Zeolites,
            $"'We study zeolite number ' || n || CASE WHEN n <= {Mordenites} THEN ', a mordenite.' ELSE '.' END",
            "make_date(2023 + n % 2, 1, 1)");
        await CatalogSql.ExecuteAsync(
            connectionString,
            $"""
            INSERT INTO dump_files (file_name, checksum) VALUES ('zeolites-0.txt', 'zeolites0'), ('zeolites-1.txt', 'zeolites1');
            WITH z AS (SELECT id, substring(title FROM 15)::int AS n FROM papers WHERE title ~ '^Zeolite study [0-9]+$')
            INSERT INTO paper_sources (paper_id, import_run_id, dump_file_id, line_number)
            SELECT z.id, (SELECT min(id) FROM import_runs), d.id, z.n FROM z JOIN dump_files d ON d.checksum = 'zeolites' || z.n % 2;
            WITH z AS (SELECT id, substring(title FROM 15)::int AS n FROM papers WHERE title ~ '^Zeolite study [0-9]+$')
            INSERT INTO paper_tags (paper_id, tag_id, source, is_rejected, confidence, decided_by, updated_at)
            SELECT z.id, t.id, 'Manual', false, 1, 'test', now() FROM z JOIN tags t ON t.slug = 'distillation' WHERE z.n <= {Mordenites} AND z.n % 3 = 0;
            ANALYZE papers;
            """);
    }
}
