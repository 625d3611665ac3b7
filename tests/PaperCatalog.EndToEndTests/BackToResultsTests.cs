using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>A reader who opens a paper far down a list and comes back finds the list where they left it.</summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class BackToResultsTests(ReadOnlyCatalog catalog, BrowserFixture browser)
{
    private RunningCatalog App => catalog.App;

    [Fact]
    public async Task Back_from_a_paper_returns_to_the_same_place_in_the_list()
    {
        var page = await App.OpenAsync(browser, "/?q=distillation");
        var card = page.Locator(".paper-card").Nth(14);
        await card.ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollBy(0, 200)");
        var left = await page.EvaluateAsync<int>("() => Math.round(window.scrollY)");
        Assert.InRange(left, 1000, 10_000);

        await card.Locator(".paper-title").ClickAsync();
        await page.WaitForAddressAsync(new Regex(@"/papers/\d+\?q=distillation$"));
        await Expect(page.Locator("#paper-title")).ToBeVisibleAsync();
        await page.GoBackAsync();
        await page.WaitForAddressAsync("/?q=distillation");

        await Expect(page.Locator(".paper-card")).ToHaveCountAsync(20);
        await page.WaitForFunctionAsync($"() => Math.abs(window.scrollY - {left}) <= 2");
        await RestoredAsync(page);

        // A position the paper page is tall enough for: it must wait for the list, not scroll the paper page.
        await page.EvaluateAsync("() => window.scrollTo(0, 600)");
        await page.WaitForFunctionAsync("() => sessionStorage.getItem('scroll:' + location.pathname + location.search) === '600'");
        await page.Locator(".paper-card .paper-title").Nth(3).ClickAsync();
        await page.WaitForAddressAsync(new Regex(@"/papers/\d+\?q=distillation$"));
        await page.GoBackAsync();
        await page.WaitForAddressAsync("/?q=distillation");
        await Expect(page.Locator(".paper-card")).ToHaveCountAsync(20);
        await page.WaitForFunctionAsync("() => Math.abs(window.scrollY - 600) <= 2");
        await page.WaitForTimeoutAsync(300);
        Assert.InRange(await page.EvaluateAsync<int>("() => Math.round(window.scrollY)"), 598, 602);

        // Back pressed before the paper page is drawn: the list still on screen is about to be replaced by a new one.
        await page.EvaluateAsync("""
            async () => {
                const list = location.href;
                document.querySelectorAll('.paper-card .paper-title')[5].click();
                while (location.href === list) await new Promise(next => setTimeout(next, 0));
                const back = new Promise(done => window.addEventListener('popstate', done, { once: true }));
                history.back();
                await back;
            }
            """);
        await page.WaitForAddressAsync("/?q=distillation");

        // Until the restore is over, the list on screen may still be the one the click is about to replace.
        await RestoredAsync(page);
        await Expect(page.Locator(".paper-card")).ToHaveCountAsync(20);
        await page.WaitForTimeoutAsync(300);
        Assert.InRange(await page.EvaluateAsync<int>("() => Math.round(window.scrollY)"), 598, 602);
    }

    // app.js marks the page while it restores a position: until then the list on screen may be one about to be
    // replaced, and a scroll to the top is undone.
    private static Task RestoredAsync(IPage page) =>
        page.WaitForFunctionAsync("() => !document.documentElement.dataset.restoringScroll", null, new() { Timeout = 15_000 });
}
