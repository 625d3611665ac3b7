using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>A reader asks why a paper carries an automatic tag and sees the phrases that made it, title included.</summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class TagEvidenceTests(ReadOnlyCatalog catalog, BrowserFixture browser)
{
    private RunningCatalog App => catalog.App;

    [Fact]
    public async Task Showing_a_tags_evidence_marks_it_in_the_title_and_the_abstract_and_hiding_it_brings_back_the_search()
    {
        var page = await App.OpenAsync(browser, "/?q=%22token-level%20relationship%20graph%22");
        await page.Locator(".paper-card .paper-title").First.ClickAsync();
        await page.WaitForAddressAsync(new Regex(@"/papers/\d+\?q="));
        await Expect(page.Locator("#paper-title mark.match")).ToHaveTextAsync(["Token", "level", "Relationship", "Graph"]);

        await page.Locator(".paper-tag[data-tag='distillation'] .show-evidence").ClickAsync();

        await Expect(page.Locator("#paper-title mark.match")).ToHaveTextAsync(["Knowledge Distillation"]);
        await Expect(page.Locator("#paper-abstract mark.match").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("paper-page-evidence");

        await page.Locator(".paper-tag[data-tag='distillation'] .show-evidence").ClickAsync();
        await Expect(page.Locator("#paper-title mark.match")).ToHaveTextAsync(["Token", "level", "Relationship", "Graph"]);
    }
}
