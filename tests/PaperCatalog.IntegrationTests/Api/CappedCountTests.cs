using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>
/// Counts stop at 10,000 so that counting never costs more than the page; smaller results stay exact. Facets count
/// at most 2,000 matches and say when they stopped.
/// </summary>
public sealed class CappedCountTests(PostgresServer server)
{
    private const int ManyPapers = 10_050;
    private const int UndatedPapers = 500;
    private const int Mordenites = 3_000;

    [Fact]
    public async Task A_result_over_ten_thousand_says_10000_plus_a_smaller_one_stays_exact_and_sampled_facets_say_so()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        using var client = app.CreateClient();
        await AddPapersAboutZeolitesAsync(app.ConnectionString);

        var many = await client.SearchAsync(PaperApi.Q("zeolite"));
        var middling = await client.SearchAsync(PaperApi.Q("mordenite"));
        var few = await client.SearchAsync(PaperApi.Q("distillation"));
        using var response = await client.GetAsync("/api/papers?" + PaperApi.Q("zeolite"), TestContext.Current.CancellationToken);

        Assert.Equal((10_000, true, true), (many.Total, many.TotalIsCapped, many.Facets.IsSample));
        Assert.Null(many.Facets.Undated); // two different samples: the years' and the first 2,000 matches
        // The undated papers come first in the table: the year counts still cover 2,000 dated ones.
        Assert.Equal(2_000, Assert.Single(many.Facets.Years).Count);
        Assert.Equal((Mordenites, false, true), (middling.Total, middling.TotalIsCapped, middling.Facets.IsSample));
        Assert.Equal(2_000, Assert.Single(middling.Facets.Years).Count);
        Assert.False(few.TotalIsCapped);
        Assert.False(few.Facets.IsSample);
        Assert.NotNull(few.Facets.Undated);
        Assert.InRange(few.Total, 1, SeededCatalog.SeedPapers);
        Assert.StartsWith("app;dur=", Assert.Single(response.Headers.GetValues("Server-Timing")), StringComparison.Ordinal);
    }

    // Undated papers first, then dated ones; the first few thousand dated ones also mention mordenite.
    private static Task AddPapersAboutZeolitesAsync(string connectionString) =>
        ZeolitePapers.AddAsync(
            connectionString,
            UndatedPapers + ManyPapers,
            $"'We study zeolite number ' || n || ' in depth' || CASE WHEN n BETWEEN {UndatedPapers + 1} AND {UndatedPapers + Mordenites} THEN ', a mordenite.' ELSE '.' END",
            $"CASE WHEN n > {UndatedPapers} THEN DATE '2024-01-01' END");
}
