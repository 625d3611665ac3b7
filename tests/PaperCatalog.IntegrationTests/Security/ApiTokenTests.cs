using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Testing;
using PaperCatalog.Web.Features.Accounts.Tokens;
using PaperCatalog.Web.Features.Admin.Imports;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>API tokens: made and revoked on the account page, sent by scripts instead of the cookie and antiforgery token.</summary>
public sealed partial class ApiTokenTests(PostgresServer server) : IAsyncLifetime
{
    private const string Editor = "editor@example.org";
    private static readonly byte[] OnePaper = Encoding.UTF8.GetBytes(
        "Get trending papers in your email inbox!\nSubscribeQuokka Distillation for Tiny Students\n" +
        "We distill a large teacher into a tiny student network with knowledge distillation and keep its accuracy.\n");

    private SecureCatalog _app = default!;
    private long _paper;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = new SecureCatalog(await server.CreateDatabaseAsync());
        await _app.CreateUserAsync(Editor, CatalogRoles.Editor);
        await _app.CreateUserAsync("reader@example.org", null);
        await SecureCatalog.ImportAsync(await _app.SignedInAsync(SecureCatalog.AdminEmail), ("one.txt", OnePaper));
        await using var db = Db();
        _paper = await db.Papers.Select(p => p.Id).SingleAsync(Cancellation);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_token_made_on_the_page_is_shown_once_and_signs_a_script_in_for_writes_without_an_antiforgery_token()
    {
        var editor = await _app.SignedInAsync(Editor);
        var created = await SecureCatalog.PostFormAsync(editor, "/account/tokens", CreateForm("tagging script"));
        var token = TokenPattern().Matches(await created.Content.ReadAsStringAsync(Cancellation)).Select(m => m.Value).Distinct().Single();
        Assert.True(created.Headers.CacheControl!.NoStore);

        var script = Script(token);
        Assert.Equal(HttpStatusCode.OK, (await script.PutAsync($"/api/papers/{_paper}/tags/transfer-learning?note=nightly", null, Cancellation)).StatusCode);

        await using var db = Db();
        var decided = await db.PaperTags.SingleAsync(t => t.PaperId == _paper && t.Tag!.Slug == "transfer-learning", Cancellation);
        Assert.Equal((false, Editor), (decided.IsRejected, decided.DecidedBy));
        var listed = await editor.GetStringAsync("/account/tokens", Cancellation);
        Assert.DoesNotContain(token, listed, StringComparison.Ordinal);
        Assert.Contains(token[..10] + "…", listed, StringComparison.Ordinal);
        var stored = await db.ApiTokens.SingleAsync(Cancellation);
        Assert.Equal(("tagging script", false), (stored.Name, stored.LastUsedAt is null));
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(token)), stored.Hash);
        Assert.DoesNotContain(token, await db.AuditLog.Select(e => e.Target + " " + e.Details).SingleAsync(e => e.Contains("tagging script"), Cancellation), StringComparison.Ordinal);
        Assert.Equal(["token.created"], await db.AuditLog.Where(e => e.Action.StartsWith("token.")).Select(e => e.Action).ToListAsync(Cancellation));
    }

    [Fact]
    public async Task A_wrong_expired_or_revoked_token_gets_401_and_changes_nothing()
    {
        var editor = await _app.SignedInAsync(Editor);
        var token = await CreateTokenAsync(editor);
        var path = $"/api/papers/{_paper}/tags/transfer-learning";

        var wrong = await Script("pc_" + new string('A', 43)).PutAsync(path, null, Cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Bearer", wrong.Headers.WwwAuthenticate.Single().Scheme);

        await using (var db = Db())
        {
            await db.ApiTokens.ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)), Cancellation);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Script(token).PutAsync(path, null, Cancellation)).StatusCode);

        var fresh = await CreateTokenAsync(editor);
        Assert.Equal(HttpStatusCode.OK, (await Script(fresh).GetAsync("/api/antiforgery", Cancellation)).StatusCode);
        long id;
        await using (var db = Db())
        {
            var prefix = fresh[..10];
            id = await db.ApiTokens.Where(t => t.Prefix == prefix).Select(t => t.Id).SingleAsync(Cancellation);
        }

        var revoked = await SecureCatalog.PostFormAsync(editor, "/account/tokens", new Dictionary<string, string> { ["_handler"] = $"revoke-{id}" });
        Assert.Contains("signs nothing in any more", await revoked.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Script(fresh).PutAsync(path, null, Cancellation)).StatusCode);
        await using var after = Db();
        Assert.Equal(0, await after.PaperTags.CountAsync(t => t.Source == Domain.Tags.TagSource.Manual, Cancellation));
    }

    [Fact]
    public async Task A_token_acts_with_its_accounts_roles_as_they_are_now_and_not_at_all_once_it_is_locked()
    {
        var token = await CreateTokenAsync(await _app.SignedInAsync(Editor));
        var path = $"/api/papers/{_paper}/tags/transfer-learning";
        Assert.Equal(HttpStatusCode.Forbidden, (await Script(token).GetAsync("/api/admin/imports", Cancellation)).StatusCode);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogUser>>();
            var user = (await users.FindByEmailAsync(Editor))!;
            await users.RemoveFromRoleAsync(user, CatalogRoles.Editor);
            Assert.Equal(HttpStatusCode.Forbidden, (await Script(token).PutAsync(path, null, Cancellation)).StatusCode);
            await users.AddToRoleAsync(user, CatalogRoles.Editor);
            Assert.Equal(HttpStatusCode.OK, (await Script(token).PutAsync(path, null, Cancellation)).StatusCode);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Script(token).DeleteAsync(path, Cancellation)).StatusCode);
        var reader = await (await _app.SignedInAsync("reader@example.org")).GetAsync("/account/tokens", Cancellation);
        Assert.StartsWith("/account/access-denied", reader.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_token_uploads_a_dump_without_an_antiforgery_token_while_the_cookie_still_needs_one()
    {
        var admin = await _app.SignedInAsync(SecureCatalog.AdminEmail);
        var token = await CreateTokenAsync(admin);

        var withCookie = await admin.PostAsync("/api/admin/imports", Dump(), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, withCookie.StatusCode);
        Assert.Contains("Antiforgery token missing or invalid", await withCookie.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        var upload = await Script(token).PostAsync("/api/admin/imports", Dump(), Cancellation);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var job = await upload.Content.ReadFromJsonAsync<ImportJobResponse>(Cancellation);
        Assert.Equal("Succeeded", (await SecureCatalog.WaitForAsync(Script(token), job!.Id)).State);
    }

    [Fact]
    public async Task A_token_signs_in_nothing_but_the_api_and_a_wrong_one_is_not_helped_by_the_cookie()
    {
        var editor = await _app.SignedInAsync(Editor);
        var token = await CreateTokenAsync(editor);

        // A leaked token must not make itself new tokens, or reach the password page.
        var page = await Script(token).GetAsync("/account/tokens", Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/antiforgery");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "pc_" + new string('A', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await editor.SendAsync(request, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_token_cannot_be_revoked_by_another_editor_and_expired_ones_make_room_for_new_ones()
    {
        await _app.CreateUserAsync("second@example.org", CatalogRoles.Editor);
        var token = await CreateTokenAsync(await _app.SignedInAsync(Editor));
        long id;
        await using (var db = Db())
        {
            id = await db.ApiTokens.Select(t => t.Id).SingleAsync(Cancellation);
        }

        var second = await _app.SignedInAsync("second@example.org");
        var refused = await SecureCatalog.PostFormAsync(second, "/account/tokens", new Dictionary<string, string> { ["_handler"] = $"revoke-{id}" });
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Script(token).GetAsync("/api/antiforgery", Cancellation)).StatusCode);

        for (var i = 0; i < ManageApiTokens.MaxTokensPerUser; i++)
        {
            await CreateTokenAsync(second);
        }

        var eleventh = await SecureCatalog.PostFormAsync(second, "/account/tokens", CreateForm("one too many"));
        Assert.Contains("You have 10 tokens already", await eleventh.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        await using (var db = Db())
        {
            var secondId = await db.Users.Where(u => u.Email == "second@example.org").Select(u => u.Id).SingleAsync(Cancellation);
            await db.ApiTokens.Where(t => t.UserId == secondId).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddDays(-1)), Cancellation);
        }

        Assert.Matches(TokenPattern(), await (await SecureCatalog.PostFormAsync(second, "/account/tokens", CreateForm("in its place"))).Content.ReadAsStringAsync(Cancellation));
    }

    private static MultipartFormDataContent Dump() => new() { { new ByteArrayContent(OnePaper), "files", "again.txt" } };

    private static Dictionary<string, string> CreateForm(string name) => new() { ["_handler"] = "create-token", ["Name"] = name, ["Days"] = "30" };

    private static async Task<string> CreateTokenAsync(HttpClient client)
    {
        var created = await SecureCatalog.PostFormAsync(client, "/account/tokens", CreateForm("script"));
        return TokenPattern().Match(await created.Content.ReadAsStringAsync(Cancellation)).Value;
    }

    private HttpClient Script(string token)
    {
        var client = _app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private CatalogDbContext Db() => new(CatalogDbContextOptions.For(_app.ConnectionString));

    [GeneratedRegex("pc_[A-Za-z0-9_-]{43}")]
    private static partial Regex TokenPattern();
}
