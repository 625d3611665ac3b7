using System.Globalization;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Testing;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>An admin adopting the shipped rules of every technique whose rules differ, from the notice above the rules editor.</summary>
public sealed class AdoptShippedRulesTests(PostgresServer server, BrowserFixture browser) : IAsyncLifetime
{
    private RunningCatalog _app = default!;

    public async ValueTask InitializeAsync() => _app = await RunningCatalog.StartAsync(server);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_admin_adopts_the_shipped_rules_of_every_technique_that_differs_in_one_step()
    {
        // An earlier version's rules for two techniques: a shipped rule missing from one, other weights in the other;
        // and, as if those rules had tagged the catalog, no automatic distillation tag on the papers that say "KD".
        var distillation = await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT id FROM tags WHERE slug = 'distillation'");
        var experts = await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT id FROM tags WHERE slug = 'mixture-of-experts'");
        await CatalogSql.ExecuteAsync(_app.ConnectionString, $"""
            DELETE FROM tag_rules WHERE tag_id = {distillation} AND pattern = '\bKD\b';
            UPDATE tag_rules SET weight = weight + 1 WHERE tag_id = {experts} AND kind = 'Evidence';
            DELETE FROM paper_tags WHERE tag_id = {distillation} AND source = 'Automatic'
              AND paper_id IN (SELECT id FROM papers WHERE title || ' ' || abstract ~ '\mKD\M');
            """);
        var page = await _app.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, "/admin/rules");
        await Expect(page.Locator("#adopt-shipped")).ToContainTextAsync("ships other rules for 2 techniques");

        await page.Locator("#adopt-shipped-preview").ClickAsync();
        await Expect(page.Locator("#adopt-shipped-changes tbody tr")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        var gained = page.Locator("#adopt-shipped-changes tbody tr[data-slug='distillation'] td").Nth(1);
        await Expect(gained).Not.ToHaveTextAsync("0");
        await page.ScreenshotAsync("admin-rules-adopt-shipped-preview");
        await page.Locator("#adopt-shipped-apply").ClickAsync();

        await Expect(page.Locator("#adopt-shipped-done")).ToContainTextAsync("Adopted the shipped rules for 2 techniques", new() { Timeout = 30_000 });
        await page.ScreenshotAsync("admin-rules-adopt-shipped-done");
        Assert.Equal(long.Parse(await gained.InnerTextAsync(), CultureInfo.InvariantCulture), await CatalogSql.ScalarAsync(_app.ConnectionString,
            $"SELECT count(*) FROM paper_tag_changes WHERE tag_id = {distillation} AND kind = 'RulesAdded'"));
        Assert.Equal((long)DefaultRules.BySlug["distillation"].Count, await CatalogSql.ScalarAsync(_app.ConnectionString, $"SELECT count(*) FROM tag_rules WHERE tag_id = {distillation}"));
        Assert.Equal(2L, await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT count(*) FROM audit_log WHERE action = 'rules.applied'"));
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#adopt-shipped")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Adopting_waits_for_the_edits_in_the_editor_which_it_would_drop()
    {
        var distillation = await DifferAsync();
        var page = await _app.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, $"/admin/rules?tag={distillation}");
        await Expect(page.Locator("#adopt-shipped-preview")).ToBeEnabledAsync();

        await page.Locator(".rule-row button[aria-label='Delete rule']").First.ClickAsync();

        await Expect(page.Locator("#adopt-shipped-held")).ToContainTextAsync("Apply or reload the edits below first");
        await Expect(page.Locator("#adopt-shipped-preview")).ToBeDisabledAsync();
        await page.ScreenshotAsync("admin-rules-adopt-held-by-edits");
        await page.Locator("#preview-rules").ClickAsync();
        await Expect(page.Locator("#rule-preview")).ToContainTextAsync("Preview:", new() { Timeout = 30_000 });
        await page.Locator("#apply-rules").ClickAsync();
        await Expect(page.Locator("#rule-preview")).ToContainTextAsync("Applied:", new() { Timeout = 30_000 });
        await Expect(page.Locator("#adopt-shipped-held")).ToHaveCountAsync(0);
        await Expect(page.Locator("#adopt-shipped-preview")).ToBeEnabledAsync();
    }

    [Fact]
    public async Task The_editor_is_read_only_while_the_notice_adopts()
    {
        var distillation = await DifferAsync();
        var page = await _app.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, $"/admin/rules?tag={distillation}");
        await page.Locator("#adopt-shipped-preview").ClickAsync();
        await Expect(page.Locator("#adopt-shipped-changes tbody tr")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        await using (var import = await HeldImportLock.TakeAsync(_app.ConnectionString))
        {
            await page.Locator("#adopt-shipped-apply").ClickAsync();
            await import.WaitForWaiterAsync();
            await Expect(page.Locator("#add-rule")).ToBeDisabledAsync();
            await Expect(page.Locator("#preview-rules")).ToBeDisabledAsync();
            await Expect(page.Locator(".rule-row button[aria-label='Delete rule']").First).ToBeDisabledAsync();
            await Expect(page.Locator(".rule-pattern input").First).ToBeDisabledAsync();
            await page.ScreenshotAsync("admin-rules-editor-held-by-adopting");
        }

        await Expect(page.Locator("#adopt-shipped-done")).ToContainTextAsync("Adopted the shipped rules for 1 technique", new() { Timeout = 30_000 });
        await Expect(page.Locator("#add-rule")).ToBeEnabledAsync();
        await Expect(page.Locator(".rule-row")).ToHaveCountAsync(DefaultRules.BySlug["distillation"].Count);
    }

    // The pattern field hands its rule the new pattern 300 ms after the last key (or when it loses focus), which a
    // click can beat: the adoption then reloaded the rules under the edit and dropped it. The click is dispatched
    // straight after the key, with no pause and no focus change, as a quick hand or a loaded server makes it.
    [Fact]
    public async Task A_pattern_typed_just_before_adopting_holds_the_adoption_back()
    {
        var distillation = await DifferAsync();
        var page = await _app.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, $"/admin/rules?tag={distillation}");
        await page.Locator("#adopt-shipped-preview").ClickAsync();
        await Expect(page.Locator("#adopt-shipped-changes tbody tr")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        var pattern = page.Locator(".rule-pattern input").First;
        await pattern.FillAsync("typed just before adopting");
        await page.Locator("#adopt-shipped-apply").DispatchEventAsync("click");

        // The circuit handles events in order: once this preview has answered, the adopt click has been handled too.
        await page.Locator("#preview-rules").ClickAsync();
        await Expect(page.Locator("#rule-preview")).ToContainTextAsync("Preview:", new() { Timeout = 30_000 });
        await Expect(page.Locator("#adopt-shipped-held")).ToBeVisibleAsync();
        await Expect(page.Locator("#adopt-shipped-apply")).ToBeDisabledAsync();
        await page.ScreenshotAsync("admin-rules-edit-before-adopting");
        await Expect(pattern).ToHaveValueAsync("typed just before adopting");
        await Expect(page.Locator("#adopt-shipped-done")).ToHaveCountAsync(0);
        Assert.Equal(0L, await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT count(*) FROM audit_log WHERE action = 'rules.applied'"));
    }

    // An earlier version's rules for distillation: a shipped rule missing.
    private async Task<long> DifferAsync()
    {
        var distillation = await CatalogSql.ScalarAsync(_app.ConnectionString, "SELECT id FROM tags WHERE slug = 'distillation'");
        await CatalogSql.ExecuteAsync(_app.ConnectionString, $"DELETE FROM tag_rules WHERE tag_id = {distillation} AND pattern = '\\bKD\\b'");
        return distillation;
    }
}
