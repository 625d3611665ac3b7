using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>Links a reader may follow that the catalog cannot answer as asked: each says why and leads somewhere useful.</summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class OddLinksTests(ReadOnlyCatalog catalog, BrowserFixture browser)
{
    private RunningCatalog App => catalog.App;

    [Fact]
    public async Task A_page_past_the_last_one_says_so_and_leads_back_to_the_first()
    {
        var page = await App.OpenAsync(browser, "/?q=distillation&page=99");

        await Expect(page.Locator("#past-last-page")).ToContainTextAsync("This page is past the last one.");
        await page.Locator("#first-page").ClickAsync();
        await page.WaitForAddressAsync("/?q=distillation");
        await Expect(page.Locator(".paper-card")).ToHaveCountAsync(20);
    }

    [Fact]
    public async Task A_link_with_an_unreadable_value_shows_the_rest_of_its_search_and_names_what_it_left_out()
    {
        var page = await App.OpenAsync(browser, "/?q=distillation&yearFrom=abc");

        await Expect(page.Locator("#ignored-parameters")).ToContainTextAsync("Part of this link could not be read and is left out: yearFrom must be a whole number");
        await Expect(page.Locator(".paper-card")).ToHaveCountAsync(20);
        await Expect(page.Locator(".paper-card").First).ToContainTextAsync("istillation");
        await Expect(page.Locator("#filters [data-tag='distillation']")).ToBeVisibleAsync();
        await page.ScreenshotAsync("link-with-an-unreadable-value");

        await page.Locator("#ignored-parameters a").ClickAsync();
        await page.WaitForAddressAsync("/?q=distillation");
        await Expect(page.Locator("#ignored-parameters")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_filter_by_a_tag_or_dump_the_catalog_lacks_says_so_and_leads_to_the_view_without_it()
    {
        var page = await App.OpenAsync(browser, "/?q=distillation&tags=distilation");

        await Expect(page.Locator("#unknown-tags")).ToContainTextAsync("The catalog has no tag 'distilation', so no paper carries it.");
        await page.ScreenshotAsync("filter-by-an-unknown-tag");
        await page.Locator("#unknown-tags a").ClickAsync();
        await page.WaitForAddressAsync("/?q=distillation");
        await Expect(page.Locator(".paper-card")).ToHaveCountAsync(20);
        await Expect(page.Locator("#unknown-tags")).ToHaveCountAsync(0);

        await page.GotoAsync(App.BaseUrl + "/?q=distillation&source=no-such-dump.txt");
        await Expect(page.Locator("#unknown-source")).ToContainTextAsync("No paper was seen in a dump named “no-such-dump.txt”, so none matches.");
        await page.Locator("#unknown-source a").ClickAsync();
        await page.WaitForAddressAsync("/?q=distillation");
        await Expect(page.Locator(".paper-card")).ToHaveCountAsync(20);
    }

    // An address no route matches never reaches Blazor; the status code page must answer it too.
    [Theory]
    [InlineData("/papers/987654321")]
    [InlineData("/papers/abc")]
    [InlineData("/no/such/page")]
    public async Task An_unknown_address_shows_the_not_found_page_with_status_404(string address)
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(address);

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
    }
}
