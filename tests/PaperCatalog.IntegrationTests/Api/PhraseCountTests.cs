using Npgsql;
using PaperCatalog.Data.Search;
using static PaperCatalog.IntegrationTests.Api.PaperApi;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Phrases are counted through the RUM index (it checks word positions itself); every other search keeps its plans.</summary>
[Collection(SeededCatalogCollection.Name)]
public sealed class PhraseCountTests(SeededCatalog catalog)
{
    [Theory]
    [InlineData("\"knowledge transfer\"", "off")]
    [InlineData("knowledge-distillation", "off")]
    [InlineData("knowledge transfer", "on")]
    [InlineData("distillation -survey", "on")]
    public async Task Only_a_query_with_a_phrase_turns_bitmap_scans_off_and_only_until_its_transaction_ends(string query, string expected)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var connection = new NpgsqlConnection(catalog.ConnectionString);
        await connection.OpenAsync(cancellation);
        var sql = await PaperSearchSql.ForAsync(connection, new PaperSearchCriteria { Query = query }, cancellation);

        await using (var transaction = await connection.BeginTransactionAsync(cancellation))
        {
            await using var plan = new NpgsqlCommand(sql.CountPlan, connection, transaction);
            plan.Parameters.AddRange(sql.Parameters.Select(static p => p.Clone()).ToArray());
            await plan.ExecuteNonQueryAsync(cancellation);

            Assert.Equal(expected, await ShowAsync(connection, transaction, cancellation));
        }

        Assert.Equal("on", await ShowAsync(connection, null, cancellation));
    }

    [Fact]
    public async Task A_phrase_search_counts_exactly_the_papers_it_lists_and_the_next_search_plans_as_before()
    {
        var ids = await catalog.Client.IdsAsync(Q("\"knowledge transfer\""));

        var total = await catalog.Client.TotalAsync(Q("\"knowledge transfer\""));

        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, total);
        Assert.Equal((await catalog.Client.IdsAsync(Q("knowledge transfer"))).Count, await catalog.Client.TotalAsync(Q("knowledge transfer")));
    }

    [Fact]
    public void A_catalog_without_RUM_keeps_its_bitmaps_because_GIN_has_no_other_way_in()
    {
        var criteria = new PaperSearchCriteria { Query = "\"knowledge transfer\"" };

        Assert.Null(new PaperSearchSql(criteria, rumIndex: false, new Dictionary<string, int>()).CountPlan);
        Assert.NotNull(new PaperSearchSql(criteria, rumIndex: true, new Dictionary<string, int>()).CountPlan);
        Assert.Null(new PaperSearchSql(new PaperSearchCriteria(), rumIndex: true, new Dictionary<string, int>()).CountPlan);
    }

    private static async Task<string> ShowAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellation)
    {
        await using var show = new NpgsqlCommand("SHOW enable_bitmapscan", connection, transaction);
        return (string)(await show.ExecuteScalarAsync(cancellation))!;
    }
}
