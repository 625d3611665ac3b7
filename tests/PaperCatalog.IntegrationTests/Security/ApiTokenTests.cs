using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Testing;
using PaperCatalog.Web.Features.Accounts.Tokens;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>API tokens on the account page: made, shown once, listed by prefix, revoked, and limited to their owner.</summary>
public sealed class ApiTokenTests(PostgresServer server) : ApiTokenTestsBase(server)
{
    [Fact]
    public async Task A_token_made_on_the_page_is_shown_once_and_signs_a_script_in_for_writes_without_an_antiforgery_token()
    {
        var editor = await App.SignedInAsync(Editor);
        var posted = await SecureCatalog.PostFormAsync(editor, "/account/tokens", CreateForm("tagging script"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var shown = await editor.GetAsync("/account/tokens", Cancellation);
        var token = TokenPattern().Matches(await shown.Content.ReadAsStringAsync(Cancellation)).Select(m => m.Value).Distinct().Single();
        Assert.True(shown.Headers.CacheControl!.NoStore);

        var script = Script(token);
        Assert.Equal(HttpStatusCode.OK, (await script.PutAsync($"/api/papers/{Paper}/tags/transfer-learning?note=nightly", null, Cancellation)).StatusCode);

        await using var db = Db();
        var decided = await db.PaperTags.SingleAsync(t => t.PaperId == Paper && t.Tag!.Slug == "transfer-learning", Cancellation);
        Assert.Equal((false, Editor), (decided.IsRejected, decided.DecidedBy));
        var listed = await editor.GetStringAsync("/account/tokens", Cancellation);
        Assert.DoesNotContain(token, listed, StringComparison.Ordinal);
        Assert.Contains(token[..10] + "…", listed, StringComparison.Ordinal);
        var stored = await db.ApiTokens.SingleAsync(Cancellation);
        Assert.Equal(("tagging script", false), (stored.Name, stored.LastUsedAt is null));
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(token)), stored.Hash);
        Assert.DoesNotContain(token, await db.AuditLog.Select(e => e.Target + " " + e.Details).SingleAsync(e => e.Contains("tagging script"), Cancellation), StringComparison.Ordinal);
        Assert.Equal(["token.created"], await db.AuditLog.Where(e => e.Action.StartsWith("token.")).Select(e => e.Action).ToListAsync(Cancellation));
    }

    [Fact]
    public async Task The_notice_carrying_a_new_token_opens_for_its_owner_alone()
    {
        var posted = await SecureCatalog.PostFormAsync(await App.SignedInAsync(Editor), "/account/tokens", CreateForm("stolen notice"));
        var notice = posted.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(TokenPageNotices.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("path=/account/tokens", notice, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", notice, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", notice, StringComparison.OrdinalIgnoreCase);
        await App.CreateUserAsync("second@example.org", CatalogRoles.Editor);

        Assert.DoesNotMatch(TokenPattern(), await PageWithCookieAsync(await App.SignedInAsync("second@example.org"), notice));
        var editor = await App.SignedInAsync(Editor);
        Assert.Matches(TokenPattern(), await PageWithCookieAsync(editor, notice));

        // A copy of the cookie, sent again within its two minutes, opens nothing: the notice was shown.
        Assert.DoesNotMatch(TokenPattern(), await PageWithCookieAsync(editor, notice));
        Assert.DoesNotMatch(TokenPattern(), await PageWithCookieAsync(await App.SignedInAsync(Editor), notice));
    }

    [Fact]
    public async Task Revoking_a_token_already_revoked_in_another_tab_says_so_and_changes_nothing_more()
    {
        var editor = await App.SignedInAsync(Editor);
        var token = await CreateTokenAsync(editor);
        await using var db = Db();
        var id = await db.ApiTokens.Select(t => t.Id).SingleAsync(Cancellation);

        Assert.Contains("it signs nothing in any more", await PostTokenFormAsync(editor, RevokeForm(id)), StringComparison.Ordinal);
        var again = await PostTokenFormAsync(editor, RevokeForm(id));

        Assert.Contains("That token was revoked already", again, StringComparison.Ordinal);
        Assert.Contains("None yet.", again, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Script(token).GetAsync("/api/antiforgery", Cancellation)).StatusCode);
        Assert.Equal(1, await db.AuditLog.CountAsync(e => e.Action == "token.revoked", Cancellation));
    }

    [Fact]
    public async Task A_token_signs_in_nothing_but_the_api_and_a_wrong_one_is_not_helped_by_the_cookie()
    {
        var editor = await App.SignedInAsync(Editor);
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
        await App.CreateUserAsync("second@example.org", CatalogRoles.Editor);
        var token = await CreateTokenAsync(await App.SignedInAsync(Editor));
        long id;
        await using (var db = Db())
        {
            id = await db.ApiTokens.Select(t => t.Id).SingleAsync(Cancellation);
        }

        var second = await App.SignedInAsync("second@example.org");
        Assert.Contains("That token was revoked already", await PostTokenFormAsync(second, RevokeForm(id)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Script(token).GetAsync("/api/antiforgery", Cancellation)).StatusCode);

        for (var i = 0; i < ManageApiTokens.MaxTokensPerUser; i++)
        {
            await CreateTokenAsync(second);
        }

        Assert.Contains("You have 10 tokens already", await PostTokenFormAsync(second, CreateForm("one too many"), changes: false), StringComparison.Ordinal);
        await using (var db = Db())
        {
            var secondId = await db.Users.Where(u => u.Email == "second@example.org").Select(u => u.Id).SingleAsync(Cancellation);
            await db.ApiTokens.Where(t => t.UserId == secondId).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddDays(-1)), Cancellation);
        }

        Assert.Matches(TokenPattern(), await PostTokenFormAsync(second, CreateForm("in its place")));
    }

    private static async Task<string> PageWithCookieAsync(HttpClient client, string setCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/tokens");
        request.Headers.Add("Cookie", setCookie.Split(';')[0]);
        return await (await client.SendAsync(request, Cancellation)).Content.ReadAsStringAsync(Cancellation);
    }
}
