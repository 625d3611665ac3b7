using System.Net;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>
/// The keys that protect sign-in cookies live in the catalog (ADR-027): a new instance of the app over the same
/// database, after a restart or a redeploy into a fresh container, reads a cookie the first one issued.
/// </summary>
public sealed class SignInsSurviveARestartTests(PostgresServer server)
{
    [Fact]
    public async Task A_sign_in_made_before_a_restart_still_opens_the_admin_pages_after_it()
    {
        var database = await server.CreateDatabaseAsync();
        string cookie;
        await using (var before = new SecureCatalog(database))
        {
            var signIn = await SecureCatalog.PostSignInAsync(before.Anonymous(), SecureCatalog.AdminEmail, SecureCatalog.Password);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("papercatalog.auth=", StringComparison.Ordinal)).Split(';')[0];
        }

        Assert.Equal(1L, await CatalogSql.ScalarAsync(database, "SELECT count(*) FROM data_protection_keys"));
        await using var after = new SecureCatalog(database);
        var client = after.Anonymous();
        client.DefaultRequestHeaders.Add("Cookie", cookie);

        var users = await client.GetAsync("/admin/users", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains(SecureCatalog.AdminEmail, await users.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
