using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PaperCatalog.Testing;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>
/// An editor making an API token in the browser, a script using it over HTTP, and the editor revoking it (twice, from
/// two tabs); an admin choosing what a token acts as.
/// </summary>
public sealed class ApiTokensPageTests(PostgresServer server, BrowserFixture browser) : EditorCatalogTest(server, browser, "editor@example.org")
{
    [Fact]
    public async Task A_token_made_on_the_page_tags_a_paper_from_a_script_until_it_is_revoked()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var page = await OpenAsEditorAsync("/");
        await page.Locator("#tokens-link").ClickAsync();
        await page.FillAsync("#token-name", "nightly tagging");
        await page.SelectOptionAsync("#token-days", "30");
        await page.ClickAsync("#create-token");
        await Expect(page.Locator("#token-created")).ToContainTextAsync("not shown again");
        var token = (await page.Locator(".token-secret").InnerTextAsync()).Trim();
        await page.ScreenshotAsync("api-tokens");

        // Reloading shows the page again, not the form posted again: still one token, and its secret gone.
        await page.ReloadAsync();
        await Expect(page.Locator("#token-list tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator(".token-secret")).ToHaveCountAsync(0);

        using var script = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var papers = await script.GetFromJsonAsync<JsonElement>("/api/papers?pageSize=1", cancellation);
        var paper = papers.GetProperty("items")[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await script.PutAsync($"/api/papers/{paper}/tags/continual-learning?note=nightly", null, cancellation)).StatusCode);

        await page.GotoAsync("/account/tokens");
        var row = page.Locator("#token-list tbody tr", new() { HasText = "nightly tagging" });
        await Expect(row).ToContainTextAsync(token[..10] + "…");
        await Expect(row.Locator(".token-acts-as")).ToHaveTextAsync("editor");
        await Expect(row).Not.ToContainTextAsync("never");
        await Expect(page.Locator("body")).Not.ToContainTextAsync(token);

        // Revoked in another tab, then again from this page, which still lists it: told so, not an error page.
        var otherTab = await page.Context.NewPageAsync();
        await otherTab.GotoAsync("/account/tokens");
        await otherTab.Locator("#token-list tbody tr", new() { HasText = "nightly tagging" }).Locator(".revoke-token").ClickAsync();
        await Expect(otherTab.Locator("#token-message")).ToContainTextAsync("Revoked “nightly tagging”");
        await Expect(otherTab.Locator("#no-tokens")).ToBeVisibleAsync();
        await otherTab.CloseAsync();
        await row.Locator(".revoke-token").ClickAsync();
        await Expect(page.Locator("#token-message")).ToContainTextAsync("That token was revoked already");
        await Expect(page.Locator("#no-tokens")).ToBeVisibleAsync();
        await page.ScreenshotAsync("api-tokens-revoked-already");

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.DeleteAsync($"/api/papers/{paper}/tags/continual-learning", cancellation)).StatusCode);
        using var anyone = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        var history = await anyone.GetStringAsync($"/api/papers/{paper}/tags/history", cancellation);
        Assert.Contains("\"note\":\"api: nightly\"", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_s_token_acts_as_an_editor_unless_the_admin_chooses_otherwise()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var page = await OpenAsAdminAsync("/");
        await page.Locator("#tokens-link").ClickAsync();
        await Expect(page.Locator("#token-acts-as")).ToHaveValueAsync("Editor");
        await page.FillAsync("#token-name", "tagging only");
        await page.ClickAsync("#create-token");
        var token = (await page.Locator(".token-secret").InnerTextAsync()).Trim();
        await page.FillAsync("#token-name", "imports");
        await page.SelectOptionAsync("#token-acts-as", "Admin");
        await page.ClickAsync("#create-token");
        await Expect(page.Locator("#token-list tbody tr", new() { HasText = "tagging only" }).Locator(".token-acts-as")).ToHaveTextAsync("editor");
        await Expect(page.Locator("#token-list tbody tr", new() { HasText = "imports" }).Locator(".token-acts-as")).ToHaveTextAsync("admin");
        await page.ScreenshotAsync("api-tokens-admin");

        using var script = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Forbidden, (await script.GetAsync("/api/admin/imports", cancellation)).StatusCode);
    }
}
