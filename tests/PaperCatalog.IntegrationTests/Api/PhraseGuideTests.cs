using Npgsql;
using PaperCatalog.Data.Search;
using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>
/// A query holding a phrase gets its rare words as a text condition of their own (PhraseGuide), and only then: not
/// when every word is common, nor with "or" or an excluded word, nor without a phrase. Guided or not, a search
/// lists and counts exactly the papers, in exactly the order, that the plain text match ranks by ts_rank.
/// </summary>
public sealed class PhraseGuideTests(PostgresServer server)
{
    // Fewer than the relevance window holds, so that ties in ts_rank cannot make the window differ from the plain ranking.
    private const int Zeolites = 900;
    private const int Mordenites = 40;

    [Theory]
    [InlineData("\"zeolite number\" mordenite", "'mordenit'", Mordenites)]
    [InlineData("\"a mordenite\" \"zeolite number\"", "'mordenit'", Mordenites)]
    [InlineData("\"zeolite number\"", null, Zeolites)]
    [InlineData("\"zeolite number\" or mordenite", null, Zeolites)]
    [InlineData("\"zeolite number\" -mordenite", null, Zeolites - Mordenites)]
    [InlineData("zeolite mordenite", null, Mordenites)]
    [InlineData("zeolite-number mordenite", "'mordenit' & 'zeolite-numb'", 0)]
    public async Task A_phrase_is_led_by_its_rare_words_and_finds_what_the_plain_match_finds(string query, string? guide, int total)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        app.CreateClient().Dispose();
        await RumCatalog.SkipUnlessIndexedAsync(app.ConnectionString);
        await ZeolitePapers.AddAsync(app.ConnectionString, Zeolites, $"'We study zeolite number ' || n || CASE WHEN n <= {Mordenites} THEN ', a mordenite.' ELSE '.' END", "NULL");
        await CatalogSql.ExecuteAsync(app.ConnectionString, "ANALYZE papers");
        using var statements = new StatementLog();
        await using var dataSource = new NpgsqlDataSourceBuilder(app.ConnectionString).UseLoggerFactory(statements.Factory).Build();
        var criteria = new PaperSearchCriteria { Query = query };

        await using (var connection = await dataSource.OpenConnectionAsync(cancellation))
        {
            var sql = await PaperSearchSql.ForAsync(connection, criteria, cancellation);
            Assert.Equal(guide ?? "", sql.Parameters.Single(static p => p.ParameterName == "phrase_guide").Value);
        }

        statements.Take();
        var result = await new PaperSearch(new DataSourceContexts(dataSource)).SearchAsync(criteria, cancellation);
        var page = statements.Take().First(static m => m.StartsWith("Executing", StringComparison.Ordinal) && m.Contains("FROM papers p", StringComparison.Ordinal));

        // Every text match in PaperSearchSql is written "p.search_vector @@"; the page holds the guide's too.
        Assert.Equal(guide is null ? 1 : 2, page.Split("p.search_vector @@").Length - 1);
        Assert.Equal(total, result.Total);
        Assert.Equal(await PlainTopAsync(app.ConnectionString, query, criteria.PageSize), result.Items.Select(static i => i.Id).ToList());
    }

    // The best papers by the app's ts_rank over the plain text match, ties broken by id as the app breaks them.
    private static Task<List<long>> PlainTopAsync(string connectionString, string query, int limit) => CatalogQueries.OrderedIdsAsync(
        connectionString,
        $"SELECT p.id FROM papers p WHERE p.search_vector @@ websearch_to_tsquery('english', @q) ORDER BY {PaperSearchSql.Rank} DESC, p.id DESC LIMIT {limit}",
        query);
}
