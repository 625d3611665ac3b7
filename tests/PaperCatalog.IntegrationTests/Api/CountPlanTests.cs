using Npgsql;
using PaperCatalog.Data.Search;
using static PaperCatalog.IntegrationTests.Api.PaperApi;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>
/// A text query's count costs random reads as in memory, and a phrase's count never scans the table (RUM checks
/// word positions itself); both only until the search's transaction ends.
/// </summary>
[Collection(SeededCatalogCollection.Name)]
public sealed class CountPlanTests(SeededCatalog catalog)
{
    [Theory]
    [InlineData("\"knowledge transfer\"", "off")]
    [InlineData("knowledge-distillation", "off")]
    [InlineData("\"transfer of knowledge\"", "off")]
    [InlineData("knowledge transfer", "on")]
    [InlineData("distillation -survey", "on")]
    public async Task A_text_query_counts_with_cheap_random_reads_and_a_phrase_without_sequential_scans_until_its_transaction_ends(string query, string expected)
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

            Assert.Equal((expected, "1.1"), (await ShowAsync(connection, transaction, "enable_seqscan"), await ShowAsync(connection, transaction, "random_page_cost")));
        }

        Assert.Equal(("on", "4"), (await ShowAsync(connection, null, "enable_seqscan"), await ShowAsync(connection, null, "random_page_cost")));
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
    public void A_catalog_without_RUM_keeps_its_plans_because_a_GIN_bitmap_rechecks_every_row_with_both_words()
    {
        var criteria = new PaperSearchCriteria { Query = "\"knowledge transfer\"" };

        Assert.Null(new PaperSearchSql(criteria, rumIndex: false, new Dictionary<string, int>()).CountPlan);
        Assert.NotNull(new PaperSearchSql(criteria, rumIndex: true, new Dictionary<string, int>()).CountPlan);
        Assert.Null(new PaperSearchSql(new PaperSearchCriteria(), rumIndex: true, new Dictionary<string, int>()).CountPlan);
    }

    private static async Task<string> ShowAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string setting)
    {
        await using var show = new NpgsqlCommand($"SHOW {setting}", connection, transaction);
        return (string)(await show.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
