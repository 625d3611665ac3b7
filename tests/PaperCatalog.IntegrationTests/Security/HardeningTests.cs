using System.Net;
using PaperCatalog.Importing;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>Security headers, the Blazor connection's origin check, and dump text never rendered as markup.</summary>
public sealed class HardeningTests(PostgresServer server)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/papers")]
    [InlineData("/account/login")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync());

        var response = await app.Anonymous().GetAsync(path, TestContext.Current.CancellationToken);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task The_blazor_connection_refuses_other_origins()
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync());
        var client = app.Anonymous();

        var foreign = await Negotiate(client, "http://evil.example");
        var own = await Negotiate(client, client.BaseAddress!.GetLeftPart(UriPartial.Authority));

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Markup_in_a_dump_is_shown_as_text_never_run()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var file = Path.Combine(TempFolder.Create(), "payloads.txt");
        await File.WriteAllTextAsync(file,
            "Get trending papers in your email inbox!\nSubscribe<script>alert(1)</script> Learning\n" +
            "An abstract with <img src=x onerror=alert(2)> and <b>bold</b> markup that must stay text, about distillation of models.\n",
            TestContext.Current.CancellationToken);
        await new CatalogFixture(connectionString).Importer().ImportAsync(new ImportRequest(DumpInput.FromPaths([file]), "test"), cancellation: TestContext.Current.CancellationToken);
        await using var app = new SecureCatalog(connectionString);

        var page = await app.Anonymous().GetStringAsync("/?q=learning", TestContext.Current.CancellationToken);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Negotiate(HttpClient client, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
