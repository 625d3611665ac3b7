using Microsoft.Playwright;
using PaperCatalog.Testing;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>Rules edited but not applied are not dropped by a switch of tag without the admin's say; the editor on a phone.</summary>
public sealed class UnappliedRuleEditsTests(PostgresServer server, BrowserFixture browser) : IAsyncLifetime
{
    private RunningCatalog _app = default!;

    public async ValueTask InitializeAsync() => _app = await RunningCatalog.StartAsync(server);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Switching_tag_with_an_unapplied_edit_asks_and_keeps_the_edit_unless_it_is_discarded()
    {
        var distillation = await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT id FROM tags WHERE slug = 'distillation'");
        var experts = await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT id FROM tags WHERE slug = 'mixture-of-experts'");
        var page = await _app.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, $"/admin/rules?tag={distillation}");
        var pattern = page.Locator(".rule-pattern input").First;
        await pattern.FillAsync("distill\\w* teachers?");
        await pattern.PressAsync("Tab");

        await ChooseTagAsync(page, "Mixture of experts");
        await Expect(page.Locator(".mud-message-box")).ToContainTextAsync("The rules of Knowledge distillation have changes that were not applied");
        await page.ScreenshotAsync("admin-rules-unapplied-edit", fullPage: false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep editing" }).ClickAsync();

        await Expect(page.Locator(".mud-message-box")).ToHaveCountAsync(0);
        Assert.EndsWith($"/admin/rules?tag={distillation}", page.Url, StringComparison.Ordinal);
        await Expect(pattern).ToHaveValueAsync("distill\\w* teachers?");
        await Expect(page.Locator("#rules-tag")).ToHaveValueAsync(distillation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator(".mud-select:has(#rules-tag)").First).ToContainTextAsync("Knowledge distillation");
        await page.ScreenshotAsync("admin-rules-edit-kept", fullPage: false);

        // Another page asks the same.
        await page.Locator(".mud-appbar a[href='/']").First.ClickAsync();
        await Expect(page.Locator(".mud-message-box")).ToContainTextAsync("have changes that were not applied");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep editing" }).ClickAsync();
        Assert.EndsWith($"/admin/rules?tag={distillation}", page.Url, StringComparison.Ordinal);

        await ChooseTagAsync(page, "Mixture of experts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Discard changes" }).ClickAsync();
        await page.WaitForAddressAsync($"/admin/rules?tag={experts}");
        await Expect(pattern).Not.ToHaveValueAsync("distill\\w* teachers?");

        // With nothing edited, a switch asks nothing.
        await ChooseTagAsync(page, "Knowledge distillation");
        await page.WaitForAddressAsync($"/admin/rules?tag={distillation}");
        await Expect(page.Locator(".mud-message-box")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task On_a_phone_each_rule_is_a_card_with_its_pattern_at_full_width()
    {
        var distillation = await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT id FROM tags WHERE slug = 'distillation'");
        var page = await _app.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, $"/admin/rules?tag={distillation}");
        await page.SetViewportSizeAsync(390, 844);

        var pattern = await page.Locator(".rule-pattern input").First.BoundingBoxAsync();
        await page.ScreenshotAsync("admin-rules-phone", fullPage: false);
        Assert.True(pattern!.Width > 300, $"The pattern field is {pattern.Width} px wide on a 390 px phone.");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, "The rules page scrolls sideways on a phone.");
    }

    private static async Task ChooseTagAsync(IPage page, string name)
    {
        await page.Locator(".mud-select:has(#rules-tag) .mud-input-control").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = name }).First.ClickAsync();
    }
}
