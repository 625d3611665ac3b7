using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PaperCatalog.Testing;
using PaperCatalog.Web.Components.Shared;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>
/// The catalog's database goes away while an editor works: the pages say so, keep their state and the session, and
/// the same action goes through once the database is back.
/// </summary>
public sealed class DatabaseOutageTests(PostgresServer server, BrowserFixture browser) : EditorCatalogTest(server, browser, "outage@example.org")
{
    [Fact]
    public async Task A_review_decision_the_database_could_not_take_is_reported_and_goes_through_once_it_is_back()
    {
        var (page, listed) = await ReviewingOneAsync();

        await using (await OutageAsync())
        {
            await page.Keyboard.PressAsync("c");
            await Expect(page.Locator("#review-message")).ToContainTextAsync($"failed: {DatabaseFailure.Unreachable}. Try again.");
            await Expect(page.Locator("#review-message")).ToHaveClassAsync(new Regex(@"\bmud-alert-filled-error\b"));
            await Expect(listed).ToHaveClassAsync(new Regex(@"\bcurrent\b"));

            // The session lives on: moving through the list needs no database.
            await page.Keyboard.PressAsync("j");
            await Expect(listed).Not.ToHaveClassAsync(new Regex(@"\bcurrent\b"));
            await page.ScreenshotAsync("review-outage", fullPage: false);

            // Past the session's refresh of the signed-in user (every 5 s), which must not sign the editor out.
            await Task.Delay(TimeSpan.FromSeconds(8), TestContext.Current.CancellationToken);
            await Expect(listed).Not.ToHaveClassAsync(new Regex(@"\bcurrent\b"));
        }

        await page.WaitForAddressAsync("/review");

        await page.Keyboard.PressAsync("k");
        await page.Keyboard.PressAsync("c");
        await Expect(page.Locator("#review-message")).ToContainTextAsync("Confirmed");
        await Expect(page.Locator("#review-message")).Not.ToHaveClassAsync(new Regex(@"\bmud-alert-filled-error\b"));
        await Expect(listed).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_page_that_could_not_be_read_says_why_and_tries_again_and_so_does_a_tag_change_on_it()
    {
        var (page, listed) = await ReviewingOneAsync();
        var tag = await listed.GetAttributeAsync("data-tag");

        await using (await OutageAsync())
        {
            await page.Keyboard.PressAsync("o");
            await Expect(page.Locator("#page-failure")).ToContainTextAsync($"This page could not be shown: {DatabaseFailure.Unreachable}.");
            await page.ScreenshotAsync("page-outage", fullPage: false);
        }

        await page.Locator("#page-failure-retry").ClickAsync();
        var confirm = page.Locator($"#tag-editor .editor-row[data-tag='{tag}'] .confirm-tag");
        await Expect(confirm).ToBeVisibleAsync();
        await Expect(page.Locator("#page-failure")).ToHaveCountAsync(0);

        await using (await OutageAsync())
        {
            await confirm.ClickAsync();
            await Expect(page.Locator("#tag-editor .mud-alert")).ToContainTextAsync($"failed: {DatabaseFailure.Unreachable}");
        }

        await confirm.ClickAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        await Expect(page.Locator("#tag-history")).ToContainTextAsync("confirmed");
    }

    // The review page, and the tag in focus wherever it is listed.
    private async Task<(IPage Page, ILocator Listed)> ReviewingOneAsync()
    {
        var (page, paperId, tag) = await ReviewingAsync();
        return (page, page.Locator($".review-item[data-paper-id='{paperId}'][data-tag='{tag}']"));
    }

    private async Task<IAsyncDisposable> OutageAsync()
    {
        await Server.StartOutageAsync(App.ConnectionString);
        return new Outage(Server, App.ConnectionString);
    }

    private sealed class Outage(PostgresServer server, string connectionString) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await server.EndOutageAsync(connectionString);
    }
}
