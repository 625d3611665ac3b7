using Npgsql;
using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Counts stop at 10,000 so that counting never costs more than the page; smaller results stay exact.</summary>
public sealed class CappedCountTests(PostgresServer server)
{
    private const int ManyPapers = 10_050;

    [Fact]
    public async Task A_result_over_ten_thousand_says_10000_plus_and_a_smaller_one_stays_exact()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        using var client = app.CreateClient();
        await AddPapersAboutZeolitesAsync(app.ConnectionString);

        var many = await client.SearchAsync(PaperApi.Q("zeolite"));
        var few = await client.SearchAsync(PaperApi.Q("distillation"));
        using var response = await client.GetAsync("/api/papers?" + PaperApi.Q("zeolite"), TestContext.Current.CancellationToken);

        Assert.Equal((10_000, true), (many.Total, many.TotalIsCapped));
        Assert.Equal(2_000, Assert.Single(many.Facets.Years).Count);
        Assert.False(few.TotalIsCapped);
        Assert.InRange(few.Total, 1, SeededCatalog.SeedPapers);
        Assert.StartsWith("app;dur=", Assert.Single(response.Headers.GetValues("Server-Timing")), StringComparison.Ordinal);
    }

    private static async Task AddPapersAboutZeolitesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO papers (title, title_is_derived, title_key, abstract, abstract_key, published_on, published_year_inferred, upvotes, created_at, updated_at)
            SELECT 'Zeolite study ' || n, false, 'zeolitestudy' || n, 'We study zeolite number ' || n || ' in depth.', md5(n::text), DATE '2024-01-01', false, 0, now(), now()
            FROM generate_series(1, {ManyPapers}) n
            """,
            connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
