using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>Sign-in: lockout, rate limits, antiforgery, immediate role removal, the first admin.</summary>
public sealed class SignInTests(PostgresServer server)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync(), new Dictionary<string, string> { ["Security:SignInsPerMinute"] = "100" });
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await SecureCatalog.PostSignInAsync(client, SecureCatalog.AdminEmail, "wrong-password-" + i);
            Assert.Contains(i < 4 ? "error=invalid" : "error=locked", wrong.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var right = await SecureCatalog.PostSignInAsync(client, SecureCatalog.AdminEmail, SecureCatalog.Password);
        Assert.Contains("error=locked", right.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_429()
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync(), new Dictionary<string, string> { ["Security:SignInsPerMinute"] = "3" });
        var client = app.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SecureCatalog.PostSignInAsync(client, "nobody@example.org", "whatever-password")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_sign_in_post_without_its_antiforgery_token_is_refused()
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync());

        var response = await app.Anonymous().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = SecureCatalog.AdminEmail,
            ["password"] = SecureCatalog.Password,
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_removed_role_takes_effect_on_the_next_request_of_a_signed_in_user()
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync());
        await app.CreateUserAsync("second-admin@example.org", CatalogRoles.Admin);
        var second = await app.SignedInAsync("second-admin@example.org");
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/admin/imports", TestContext.Current.CancellationToken)).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogUser>>();
            await users.RemoveFromRoleAsync((await users.FindByEmailAsync("second-admin@example.org"))!, CatalogRoles.Admin);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await second.GetAsync("/api/admin/imports", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Without_configuration_the_first_admin_gets_a_generated_password_that_must_be_changed()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var app = new SecureCatalog(connectionString, new Dictionary<string, string> { ["Admin:Email"] = "", ["Admin:Password"] = "" });
        app.Anonymous().Dispose();

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogUser>>();
        var admin = await users.FindByEmailAsync("admin@localhost");
        Assert.NotNull(admin);
        Assert.True(admin.MustChangePassword);
        Assert.True(await users.IsInRoleAsync(admin, CatalogRoles.Admin));
        Assert.False(await users.CheckPasswordAsync(admin, SecureCatalog.Password));
    }

    [Fact]
    public async Task A_start_told_not_to_create_an_admin_creates_no_account()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var app = new SecureCatalog(connectionString, new Dictionary<string, string> { ["Admin:CreateIfMissing"] = "false" });
        app.Anonymous().Dispose();

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogUser>>();
        Assert.Empty(users.Users);
    }

    [Fact]
    public async Task The_antiforgery_endpoint_needs_an_admin_and_gives_a_token()
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync());
        var admin = await app.SignedInAsync(SecureCatalog.AdminEmail);

        var token = await admin.GetFromJsonAsync<PaperCatalog.Web.Features.Accounts.AntiforgeryTokenResponse>("/api/admin/antiforgery", TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrEmpty(token!.Token));
    }
}
