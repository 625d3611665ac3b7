using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>
/// Most seed dumps give no publication date: the year counts must say so, or they seem to cover a fraction of
/// the results.
/// </summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class UndatedPapersTests(ReadOnlyCatalog catalog, BrowserFixture browser)
{
    private RunningCatalog App => catalog.App;

    [Fact]
    public async Task The_papers_page_and_the_techniques_page_count_the_undated_papers_beside_the_years()
    {
        var page = await App.OpenAsync(browser, "/?q=distillation");

        await Expect(page.Locator("#filters #undated-count")).ToHaveTextAsync(new Regex(@"^\s*and [0-9,]+ undated\s*$"));
        await page.ScreenshotAsync("papers-page-undated-count");

        await page.GotoAsync(App.BaseUrl + "/tags");
        await Expect(page.Locator("#chart-dated-only")).ToContainTextAsync("Dated papers only");
        await Expect(page.Locator(".tag-card[data-tag='distillation'] .undated-count")).ToContainTextAsync("undated");
        await page.ScreenshotAsync("tags-page-undated-counts");
    }
}
