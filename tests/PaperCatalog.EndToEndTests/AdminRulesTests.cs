using PaperCatalog.Domain.Tagging;
using PaperCatalog.Testing;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>An admin previewing a change of a technique's rules.</summary>
public sealed class AdminRulesTests(PostgresServer server, BrowserFixture browser) : IAsyncLifetime
{
    private const string Title = "Knowledge Distillation via Token-level Relationship Graph";
    private RunningCatalog _app = default!;

    public async ValueTask InitializeAsync() => _app = await RunningCatalog.StartAsync(server);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_preview_names_the_papers_the_rules_match_but_an_editor_rejected_the_tag_on()
    {
        // An editor's rejection, as the paper page records it.
        var tagId = await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT id FROM tags WHERE slug = 'distillation'");
        await CatalogSql.ExecuteAsync(_app.ConnectionString, $"""
            UPDATE paper_tags SET source = 'Manual', is_rejected = true, decided_by = 'editor@example.org'
            WHERE tag_id = {tagId} AND paper_id = (SELECT id FROM papers WHERE title = '{Title}')
            """);
        var page = await _app.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, $"/admin/rules?tag={tagId}");

        await page.Locator("#preview-rules").ClickAsync();

        // A preview re-scores the whole catalog: about 0.7 s on an idle machine, but once over 15 s in CI, where the
        // test assemblies run side by side; an import's wait (AdminImportTests) gets the same 30 s.
        await Expect(page.Locator("#rule-preview")).ToContainTextAsync("Preview: 0 papers would gain the tag, 0 would lose it", new() { Timeout = 30_000 });
        await Expect(page.Locator("#held-off")).ToContainTextAsync("kept without the tag because an editor rejected it there (1)");
        await Expect(page.Locator("#held-off a")).ToHaveTextAsync(Title);
        await page.ScreenshotAsync("admin-rules-preview");
    }

    [Fact]
    public async Task An_apply_waiting_behind_an_import_can_be_cancelled_and_changes_nothing()
    {
        var tagId = await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT id FROM tags WHERE slug = 'distillation'");
        var rulesBefore = await CatalogSql.ScalarAsync(_app.ConnectionString, $"SELECT count(*) FROM tag_rules WHERE tag_id = {tagId}");
        var page = await _app.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, $"/admin/rules?tag={tagId}");
        await page.Locator(".rule-row button[aria-label='Delete rule']").First.ClickAsync();
        await page.Locator("#preview-rules").ClickAsync();
        await Expect(page.Locator("#rule-preview")).ToContainTextAsync("Preview:", new() { Timeout = 30_000 });

        // An import holds the lock an apply needs, as a long one would.
        await using (var import = await HeldImportLock.TakeAsync(_app.ConnectionString))
        {
            await page.Locator("#apply-rules").ClickAsync();
            await Expect(page.Locator(".rule-scoring-step")).ToHaveTextAsync("Applying: waiting until no import or other rule change is running…");
            await Expect(page.Locator("#preview-rules")).ToBeDisabledAsync();
            await page.ScreenshotAsync("admin-rules-apply-waiting");
            await import.WaitForWaiterAsync();
            await page.Locator(".rule-scoring-cancel").ClickAsync();

            await Expect(page.Locator("#rules-cancelled")).ToHaveTextAsync("The apply was cancelled; nothing was changed.", new() { Timeout = 30_000 });
            await Expect(page.Locator(".rule-scoring")).ToHaveCountAsync(0);
            // PostgreSQL reports a cancelled statement as one that ran too long; the admin's own cancel is no failure.
            await Expect(page.Locator("#rules-error")).ToHaveCountAsync(0);
        }

        Assert.Equal(rulesBefore, await CatalogSql.ScalarAsync(_app.ConnectionString, $"SELECT count(*) FROM tag_rules WHERE tag_id = {tagId}"));
        Assert.Equal(0L, await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT count(*) FROM audit_log WHERE action = 'rules.applied'"));

        // The preview stays, so the same change can be applied once the import is over.
        await page.Locator("#apply-rules").ClickAsync();
        await Expect(page.Locator("#rule-preview")).ToContainTextAsync("Applied:", new() { Timeout = 30_000 });
        Assert.Equal(rulesBefore - 1, await CatalogSql.ScalarAsync(_app.ConnectionString, $"SELECT count(*) FROM tag_rules WHERE tag_id = {tagId}"));
    }

    [Fact]
    public async Task An_apply_that_ends_after_Back_brought_up_another_tag_is_not_shown_on_that_tag()
    {
        var distillation = await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT id FROM tags WHERE slug = 'distillation'");
        var experts = await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT id FROM tags WHERE slug = 'mixture-of-experts'");
        var distillationRules = await CatalogSql.ScalarAsync(_app.ConnectionString, $"SELECT count(*) FROM tag_rules WHERE tag_id = {distillation}");
        var page = await _app.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, $"/admin/rules?tag={experts}");
        await page.EvaluateAsync($"() => Blazor.navigateTo('/admin/rules?tag={distillation}')");
        await Expect(page.Locator(".rule-row")).ToHaveCountAsync((int)distillationRules);
        await page.Locator(".rule-row button[aria-label='Delete rule']").First.ClickAsync();
        await page.Locator("#preview-rules").ClickAsync();
        await Expect(page.Locator("#rule-preview")).ToContainTextAsync("Preview:", new() { Timeout = 30_000 });

        await using (var import = await HeldImportLock.TakeAsync(_app.ConnectionString))
        {
            await page.Locator("#apply-rules").ClickAsync();
            await import.WaitForWaiterAsync();
            await page.GoBackAsync();
            await page.WaitForAddressAsync($"/admin/rules?tag={experts}");
        }

        // The apply goes through once the import is over, but the page now shows the other tag's rules.
        await WaitForAsync(() => CatalogSql.ScalarAsync(_app.ConnectionString, $"SELECT count(*) FROM tag_rules WHERE tag_id = {distillation}"), distillationRules - 1);
        await Expect(page.Locator(".rule-scoring")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(page.Locator("#rule-preview")).ToHaveCountAsync(0);
        await Expect(page.Locator("#preview-rules")).ToBeEnabledAsync();
    }

    // The page changes nothing the test could wait on: the database is polled instead.
    private static async Task WaitForAsync(Func<Task<long>> read, long expected)
    {
        for (var tries = 0; await read() != expected; tries++)
        {
            Assert.True(tries < 300, $"still not {expected} after 30 s");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Rules_from_an_earlier_version_are_told_apart_and_the_shipped_ones_load_preview_and_apply()
    {
        // An earlier version's rules, as a catalog seeded by it keeps them: one shipped rule deleted, one weighted otherwise.
        var tagId = await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT id FROM tags WHERE slug = 'distillation'");
        await CatalogSql.ExecuteAsync(_app.ConnectionString, $"""
            DELETE FROM tag_rules WHERE tag_id = {tagId} AND pattern = '\bKD\b';
            UPDATE tag_rules SET weight = 0.5 WHERE tag_id = {tagId} AND pattern = '\bdistil\w*';
            """);
        var page = await _app.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, $"/admin/rules?tag={tagId}");
        await Expect(page.Locator("#shipped-rules")).ToContainTextAsync("2 of its rules are not here, and 1 rule here is not shipped");
        await Expect(page.Locator("#adopt-shipped")).ToContainTextAsync("ships other rules for 1 technique");
        await page.ScreenshotAsync("admin-rules-differ-from-shipped");

        await page.Locator("#load-shipped-rules").ClickAsync();
        await Expect(page.Locator("#shipped-rules")).ToContainTextAsync("The shipped rules are loaded");
        await Expect(page.Locator(".rule-row")).ToHaveCountAsync(DefaultRules.BySlug["distillation"].Count);
        await page.Locator("#preview-rules").ClickAsync();
        await Expect(page.Locator("#rule-preview")).ToContainTextAsync("Preview:", new() { Timeout = 30_000 });
        await page.ScreenshotAsync("admin-rules-shipped-loaded");
        await page.Locator("#apply-rules").ClickAsync();

        await Expect(page.Locator("#rule-preview")).ToContainTextAsync("Applied:", new() { Timeout = 30_000 });
        await Expect(page.Locator("#shipped-rules")).ToHaveCountAsync(0);
        // The notice above the editor, which named this technique, is drawn afresh and has nothing left to adopt.
        await Expect(page.Locator("#adopt-shipped")).ToHaveCountAsync(0);
        var shippedStored = await CatalogSql.ScalarAsync(_app.ConnectionString,
            $"SELECT count(*) FROM tag_rules WHERE tag_id = {tagId} AND (pattern = '\\bKD\\b' AND weight = 1 OR pattern = '\\bdistil\\w*' AND weight = 1)");
        Assert.Equal(2, shippedStored);
    }
}
