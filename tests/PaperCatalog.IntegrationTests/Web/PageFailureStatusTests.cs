using System.Net;
using PaperCatalog.Testing;
using PaperCatalog.Web.Components.Shared;

namespace PaperCatalog.IntegrationTests.Web;

/// <summary>A page that fails while it is prerendered says why, with the status a proxy or a crawler can act on.</summary>
public sealed class PageFailureStatusTests(PostgresServer server)
{
    [Fact]
    public async Task A_paper_page_asked_for_while_the_database_is_away_answers_503_and_says_why_then_works_again()
    {
        var catalog = await server.CreateDatabaseAsync();
        await using var app = new CatalogAppFactory(catalog, importSeeds: false);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/papers/1", TestContext.Current.CancellationToken)).StatusCode);

        HttpResponseMessage during;
        await server.StartOutageAsync(catalog);
        try
        {
            during = await client.GetAsync("/papers/1", TestContext.Current.CancellationToken);
        }
        finally
        {
            await server.EndOutageAsync(catalog);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        var shown = WebUtility.HtmlDecode(await during.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains($"This page could not be shown: {DatabaseFailure.Unreachable}.", shown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/papers/1", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_not_found_page_at_its_own_address_answers_404()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync(), importSeeds: false);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/not-found", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
