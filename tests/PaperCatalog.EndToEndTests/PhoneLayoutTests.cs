using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>
/// On a phone (390 × 844 CSS pixels, an iPhone 12 to 15), every public page fits the width: a page that scrolls
/// sideways hides its right edge, and with it the controls placed there.
/// </summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class PhoneLayoutTests(ReadOnlyCatalog catalog, BrowserFixture browser)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private RunningCatalog App => catalog.App;

    [Fact]
    public async Task The_papers_page_its_filters_a_paper_and_the_techniques_page_fit_a_phone()
    {
        var page = await App.OpenAsync(browser, "/?q=distillation&sort=upvotes", Phone);
        await Expect(page.Locator(".paper-card").First).ToBeVisibleAsync();
        await AssertFitsAsync(page, "papers-page-phone");
        // No excerpt hides its match below the lines it shows: the most upvoted match holds "distillation" only in a
        // model name, mid-excerpt, which two lines of a phone cut off.
        var hidden = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.paper-card .abstract-excerpt')]
                .filter(e => e.querySelector('mark') && e.querySelector('mark').getClientRects()[0].bottom > e.getBoundingClientRect().bottom + 1)
                .map(e => e.closest('.paper-card').querySelector('.paper-title').textContent)
            """);
        Assert.Empty(hidden);

        await page.Locator("#filters-toggle").ClickAsync();
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        await AssertFitsAsync(page, "papers-page-phone-filters");

        await page.Locator("#filters-toggle").ClickAsync();
        await page.Locator(".paper-card .paper-title").First.ClickAsync();
        await page.WaitForAddressAsync(new Regex(@"/papers/\d+"));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await AssertFitsAsync(page, "paper-page-phone");

        await page.GotoAsync("/tags");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#papers-per-year")).ToBeVisibleAsync();
        await AssertFitsAsync(page, "tags-page-phone");
    }

    // A search of one unbroken run of letters is quoted in the empty state's heading and in the notice of an ignored search.
    [Theory]
    [InlineData("qz", "#empty-state")]
    [InlineData("!", "#query-ignored")]
    public async Task A_search_of_hundreds_of_characters_without_a_space_still_fits_a_phone(string repeated, string shown)
    {
        var page = await App.OpenAsync(browser, "/?q=" + string.Concat(Enumerable.Repeat(repeated, 300 / repeated.Length)), Phone);
        await Expect(page.Locator(shown)).ToBeVisibleAsync();
        await AssertFitsAsync(page, $"long-search-phone-{shown.TrimStart('#')}");
    }

    private static async Task AssertFitsAsync(IPage page, string screenshot)
    {
        await page.ScreenshotAsync(screenshot, fullPage: false);
        var overflowing = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && getComputedStyle(e).position !== 'fixed')
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.'))
            """);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= Phone.Width, $"{page.Url} is {width} px wide on a {Phone.Width} px phone; past the edge: {string.Join(", ", overflowing)}");
    }
}
