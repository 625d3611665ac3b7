using System.Text.RegularExpressions;
using PaperCatalog.Testing;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>An editor adding and removing tags in the browser, on a paper and in bulk.</summary>
public sealed class EditorTaggingTests(PostgresServer server, BrowserFixture browser) : EditorCatalogTest(server, browser, "editor@example.org")
{
    [Fact]
    public async Task An_editor_removes_and_adds_tags_on_a_paper_and_the_history_shows_it()
    {
        var page = await OpenAsEditorAsync("/?q=%22token-level%20relationship%20graph%22");
        await page.Locator(".paper-card .paper-title").First.ClickAsync();
        await page.WaitForAddressAsync(new Regex(@"/papers/\d+"));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator(".paper-tag[data-tag='distillation']")).ToBeVisibleAsync();

        await page.Locator("#tag-editor .editor-row[data-tag='distillation'] .remove-tag").ClickAsync();
        await Expect(page.Locator(".paper-tag[data-tag='distillation']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#tag-editor .rejected-tag[data-tag='distillation']")).ToBeVisibleAsync();

        await page.Locator("#add-tag-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Continual learning" }).ClickAsync();
        await page.Locator("#add-tag").ClickAsync();
        await Expect(page.Locator(".paper-tag[data-tag='continual-learning']")).ToContainTextAsync("Tagged by an editor");
        await Expect(page.Locator("#tag-history")).ToContainTextAsync("removed Knowledge distillation");
        await Expect(page.Locator("#tag-history")).ToContainTextAsync("added Continual learning");
        await page.ScreenshotAsync("paper-page-editor");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator(".paper-tag[data-tag='distillation']")).ToHaveCountAsync(0);
        await Expect(page.Locator(".paper-tag[data-tag='continual-learning']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Removing_a_tag_from_every_paper_of_the_catalog_rejects_it_only_where_it_was()
    {
        const string tagged = "SELECT count(*) FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.slug = 'continual-learning'";
        var carrying = await CatalogSql.ScalarAsync(App.ConnectionString, tagged + " AND NOT pt.is_rejected");
        var papers = await CatalogSql.ScalarAsync(App.ConnectionString, "SELECT count(*) FROM papers");
        var page = await OpenAsEditorAsync("/");
        Assert.InRange(carrying, 1, 100);

        await page.Locator("#bulk-tag-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Continual learning" }).ClickAsync();
        await page.Locator("#bulk-remove").ClickAsync();
        await page.Locator("#bulk-cancel").ClickAsync();
        await Expect(page.Locator("#bulk-confirmation")).ToHaveCountAsync(0);
        await page.Locator("#bulk-remove").ClickAsync();
        await Expect(page.Locator("#bulk-confirmation")).ToContainTextAsync($"Remove Continual learning from all {papers:N0} papers?");
        Assert.Equal(0L, await CatalogSql.ScalarAsync(App.ConnectionString, tagged + " AND pt.is_rejected"));
        await page.ScreenshotAsync("bulk-remove-confirmation");
        await page.Locator("#bulk-confirm").ClickAsync();

        await Expect(page.Locator("#bulk-message")).ToContainTextAsync($"Removed from {carrying} papers ({papers - carrying:N0} did not carry it).");
        Assert.Equal(carrying, await CatalogSql.ScalarAsync(App.ConnectionString, tagged + " AND pt.is_rejected"));
        Assert.Equal(carrying, await CatalogSql.ScalarAsync(App.ConnectionString, tagged));
        await page.ScreenshotAsync("bulk-remove");
    }

    [Fact]
    public async Task A_new_tag_may_not_repeat_a_tags_name_and_a_slug_without_letters_is_refused_plainly()
    {
        var page = await OpenAsEditorAsync("/tags");
        var form = page.Locator("#new-tag");

        await page.FillAsync("#new-tag-name", "knowledge DISTILLATION");
        await form.Locator("input").Nth(1).FillAsync("kd-again");
        await page.Locator("#create-tag").ClickAsync();
        await Expect(form.Locator(".mud-alert")).ToContainTextAsync("A tag named 'knowledge DISTILLATION' exists already ('distillation').");

        await form.Locator("input").Nth(1).FillAsync("---");
        await page.Locator("#create-tag").ClickAsync();
        await Expect(form.Locator(".mud-alert")).ToContainTextAsync("A slug is made of the letters a to z and digits; '---' has none.");
        await Expect(form.Locator(".mud-alert")).Not.ToContainTextAsync("Parameter");
        Assert.Equal(0, await CatalogSql.ScalarAsync(App.ConnectionString, "SELECT count(*) FROM tags WHERE slug IN ('kd-again', 'knowledge-distillation')"));
    }
}
