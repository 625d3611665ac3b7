using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>
/// A page opened by its link is prerendered with its data, then becomes interactive: the interactive render must
/// show the same data at once, not a loading bar while it reads everything again.
/// </summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class PrerenderedStateTests(ReadOnlyCatalog catalog, BrowserFixture browser)
{
    // Notes every loading bar Blazor ever puts into the page, however briefly it stays.
    private const string LoadingBarWatch = """
        window.loadingBarsSeen = 0;
        new MutationObserver(records => {
          for (const record of records)
            for (const node of record.addedNodes)
              if (node.nodeType === 1 && (node.matches('.mud-progress-linear') || node.querySelector('.mud-progress-linear')))
                window.loadingBarsSeen++;
        }).observe(document, { childList: true, subtree: true });
        """;

    private RunningCatalog App => catalog.App;

    [Fact]
    public async Task The_papers_page_becomes_interactive_without_loading_its_results_again()
    {
        var page = await OpenWatchedAsync("/?q=distillation&tags=mixture-of-experts");

        await Expect(page.Locator("#result-count")).ToContainTextAsync("papers for");
        Assert.Equal(0, await LoadingBarsSeenAsync(page));
        Assert.NotEmpty(await page.Locator(".paper-card").AllAsync());
    }

    [Fact]
    public async Task A_paper_page_becomes_interactive_without_loading_the_paper_again()
    {
        var page = await OpenWatchedAsync("/?q=distillation");
        var href = await page.Locator(".paper-card a.paper-title").First.GetAttributeAsync("href");
        var paper = await OpenWatchedAsync(href!);

        await Expect(paper.Locator("#paper-title")).ToBeVisibleAsync();
        Assert.Equal(0, await LoadingBarsSeenAsync(paper));
    }

    [Fact]
    public async Task The_techniques_page_becomes_interactive_without_counting_again()
    {
        var page = await OpenWatchedAsync("/tags");

        await Expect(page.Locator("[data-tag='distillation']").First).ToBeVisibleAsync();
        Assert.Equal(0, await LoadingBarsSeenAsync(page));
    }

    private async Task<IPage> OpenWatchedAsync(string path)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl });
        await context.AddInitScriptAsync(LoadingBarWatch);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
        return page;
    }

    // The interactive render starts as the session opens; a second is far longer than its first render takes.
    private static async Task<int> LoadingBarsSeenAsync(IPage page)
    {
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        return await page.EvaluateAsync<int>("window.loadingBarsSeen");
    }
}
