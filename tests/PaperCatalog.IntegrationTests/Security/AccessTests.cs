using System.Net;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>Each kind of visitor against each admin page and endpoint.</summary>
public sealed class AccessTests(PostgresServer server) : IAsyncLifetime
{
    private SecureCatalog _app = default!;

    public static TheoryData<string, string> AdminRoutes => new()
    {
        { "GET", "/api/admin/imports" },
        { "GET", "/api/admin/antiforgery" },
        { "GET", $"/api/admin/imports/jobs/{Guid.Empty}" },
        { "POST", $"/api/admin/imports/jobs/{Guid.Empty}/confirm" },
        { "POST", $"/api/admin/imports/jobs/{Guid.Empty}/cancel" },
        { "POST", "/api/admin/imports" },
    };

    public static TheoryData<string> AdminPages => ["/admin/imports", "/admin/users", "/admin/audit"];

    public async ValueTask InitializeAsync()
    {
        _app = new SecureCatalog(await server.CreateDatabaseAsync());
        await _app.CreateUserAsync("editor@example.org", CatalogRoles.Editor);
        await _app.CreateUserAsync("reader@example.org", null);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task Admin_api_answers_401_to_anonymous_403_to_others_and_serves_admins(string method, string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(_app.Anonymous(), method, path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(await _app.SignedInAsync("editor@example.org"), method, path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(await _app.SignedInAsync("reader@example.org"), method, path)).StatusCode);

        var asAdmin = await Send(await _app.SignedInAsync(SecureCatalog.AdminEmail), method, path);
        Assert.NotEqual(HttpStatusCode.Unauthorized, asAdmin.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, asAdmin.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Admin_pages_send_anonymous_to_sign_in_others_to_access_denied_and_serve_admins(string path)
    {
        var anonymous = await _app.Anonymous().GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith($"/account/login?returnUrl={Uri.EscapeDataString(path)}", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var editor = await (await _app.SignedInAsync("editor@example.org")).GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
        Assert.StartsWith("/account/access-denied", editor.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await (await _app.SignedInAsync(SecureCatalog.AdminEmail)).GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Anyone_may_browse_search_and_export()
    {
        var reader = _app.Anonymous();
        foreach (var path in new[] { "/", "/tags", "/api/papers?q=distillation", "/api/tags", "/api/papers/export?format=csv" })
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string method, string path) =>
        method == "GET"
            ? client.GetAsync(path, TestContext.Current.CancellationToken)
            : client.PostAsync(path, new MultipartFormDataContent { { new ByteArrayContent([]), "files", "empty.txt" } }, TestContext.Current.CancellationToken);
}
