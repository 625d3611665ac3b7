using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Testing;
using PaperCatalog.Web.Features.Admin.Imports;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>
/// What a script's token lets it do: 401 when wrong, expired, revoked or locked; its account's roles as they are now,
/// at most what the token acts as.
/// </summary>
public sealed class ApiTokenAccessTests(PostgresServer server) : ApiTokenTestsBase(server)
{
    [Fact]
    public async Task A_wrong_expired_or_revoked_token_gets_401_and_changes_nothing()
    {
        var editor = await App.SignedInAsync(Editor);
        var token = await CreateTokenAsync(editor);
        var path = $"/api/papers/{Paper}/tags/transfer-learning";

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

        var revoked = await PostTokenFormAsync(editor, RevokeForm(id));
        Assert.Contains("signs nothing in any more", revoked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Script(fresh).PutAsync(path, null, Cancellation)).StatusCode);
        await using var after = Db();
        Assert.Equal(0, await after.PaperTags.CountAsync(t => t.Source == Domain.Tags.TagSource.Manual, Cancellation));
    }

    [Fact]
    public async Task A_token_acts_with_its_accounts_roles_as_they_are_now_and_not_at_all_once_it_is_locked()
    {
        var token = await CreateTokenAsync(await App.SignedInAsync(Editor));
        var path = $"/api/papers/{Paper}/tags/transfer-learning";
        Assert.Equal(HttpStatusCode.Forbidden, (await Script(token).GetAsync("/api/admin/imports", Cancellation)).StatusCode);

        await using (var scope = App.Services.CreateAsyncScope())
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
        var reader = await (await App.SignedInAsync("reader@example.org")).GetAsync("/account/tokens", Cancellation);
        Assert.StartsWith("/account/access-denied", reader.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_token_uploads_a_dump_without_an_antiforgery_token_while_the_cookie_still_needs_one()
    {
        var admin = await App.SignedInAsync(SecureCatalog.AdminEmail);
        var token = await CreateTokenAsync(admin, CatalogRoles.Admin);

        var withCookie = await admin.PostAsync("/api/admin/imports", Dump(), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, withCookie.StatusCode);
        Assert.Contains("Antiforgery token missing or invalid", await withCookie.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        var upload = await Script(token).PostAsync("/api/admin/imports", Dump(), Cancellation);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var job = await upload.Content.ReadFromJsonAsync<ImportJobResponse>(Cancellation);
        Assert.Equal("Succeeded", (await SecureCatalog.WaitForAsync(Script(token), job!.Id)).State);
    }

    [Fact]
    public async Task An_admin_s_token_made_to_act_as_an_editor_tags_papers_but_reaches_no_admin_route()
    {
        var admin = await App.SignedInAsync(SecureCatalog.AdminEmail);
        Assert.Contains("id=\"token-acts-as\"", await admin.GetStringAsync("/account/tokens", Cancellation), StringComparison.Ordinal);
        var token = await CreateTokenAsync(admin, CatalogRoles.Editor);
        Assert.Contains("<td class=\"token-acts-as\">editor</td>", await admin.GetStringAsync("/account/tokens", Cancellation), StringComparison.Ordinal);
        int runs;
        await using (var db = Db())
        {
            runs = await db.ImportRuns.CountAsync(Cancellation);
        }

        // The admin's account holds no editor role: an editor's work is let through as the admin's it is part of.
        Assert.Equal(HttpStatusCode.OK, (await Script(token).PutAsync($"/api/papers/{Paper}/tags/transfer-learning", null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Script(token).GetAsync("/api/admin/imports", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Script(token).PostAsync("/api/admin/imports", Dump(), Cancellation)).StatusCode);
        await using var after = Db();
        Assert.Equal(runs, await after.ImportRuns.CountAsync(Cancellation));
        Assert.Equal(1, await after.PaperTags.CountAsync(t => t.Source == Domain.Tags.TagSource.Manual, Cancellation));
    }

    [Fact]
    public async Task An_editor_cannot_make_a_token_that_acts_as_an_admin_and_is_offered_no_choice()
    {
        var editor = await App.SignedInAsync(Editor);
        Assert.DoesNotContain("token-acts-as\"", await editor.GetStringAsync("/account/tokens", Cancellation), StringComparison.Ordinal);

        var refused = await PostTokenFormAsync(editor, CreateForm("escalate", CatalogRoles.Admin), changes: false);
        Assert.Contains("only an admin&#x27;s may act as an admin", refused, StringComparison.Ordinal);
        var token = await CreateTokenAsync(editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await Script(token).GetAsync("/api/admin/imports", Cancellation)).StatusCode);
        await using var db = Db();
        Assert.Equal([CatalogRoles.Editor], await db.ApiTokens.Select(t => t.ActsAs).ToListAsync(Cancellation));
    }

    private static MultipartFormDataContent Dump() => new() { { new ByteArrayContent(OnePaper), "files", "again.txt" } };
}
