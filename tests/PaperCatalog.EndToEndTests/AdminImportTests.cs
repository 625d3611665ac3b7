using Microsoft.Playwright;
using PaperCatalog.Testing;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>An admin re-importing from the browser: upload, dry run, confirm, progress, new papers.</summary>
public sealed class AdminImportTests(PostgresServer server, BrowserFixture browser) : IAsyncLifetime
{
    private RunningCatalog _app = default!;

    public async ValueTask InitializeAsync() => _app = await RunningCatalog.StartAsync(server);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Admin_uploads_a_dump_sees_the_dry_run_confirms_and_finds_the_new_papers()
    {
        var dump = Path.Combine(Path.GetTempPath(), $"new-papers-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(dump,
            "Get trending papers in your email inbox!\nSubscribeZebra Routing: A Mixture of Experts for Striped Data\n" +
            "We route striped inputs to sparse experts and show that a mixture-of-experts layer beats dense baselines on every zebra benchmark.\n" +
            "Quokka Distillation for Tiny Students\nWe distill a large teacher into a tiny student network with knowledge distillation and keep its accuracy.\n",
            TestContext.Current.CancellationToken);
        var page = await _app.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, "/admin/imports");
        await page.WaitForAddressAsync("/admin/imports");
        await page.ChooseFilesAsync("input.dump-file-input", dump);
        await Expect(page.Locator(".chosen-files")).ToContainTextAsync(Path.GetFileName(dump));
        await page.Locator("#dry-run").ClickAsync();

        await Expect(page.Locator("#job-panel[data-kind='DryRun'][data-state='Succeeded']")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("#import-counts")).ToContainTextAsync("2 to add");
        await Expect(page.Locator("#job-panel")).ToContainTextAsync("Zebra Routing: A Mixture of Experts for Striped Data");
        await page.ScreenshotAsync("admin-dry-run");
        // The files went with the dry run: the picker lists none, and the same file chosen again can be sent again.
        await Expect(page.Locator(".chosen-files")).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-file-upload .mud-chip")).ToHaveCountAsync(0);
        await Expect(page.Locator("#dry-run")).ToBeDisabledAsync();
        await page.ChooseFilesAsync("input.dump-file-input", dump);
        await Expect(page.Locator(".chosen-files li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#dry-run")).ToBeEnabledAsync();

        await page.Locator("#confirm-import").ClickAsync();
        await Expect(page.Locator("#job-panel[data-kind='Import']")).ToBeVisibleAsync();
        await Expect(page.Locator("#import-done")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("#import-counts")).ToContainTextAsync("2 added");
        await Expect(page.Locator("#import-history .history-row").First).ToContainTextAsync(Path.GetFileName(dump));
        await page.ScreenshotAsync("admin-imports");

        await page.GotoAsync("/?q=zebra");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator(".paper-card")).ToHaveCountAsync(1);
        await Expect(page.Locator(".paper-card")).ToContainTextAsync("Mixture of experts");

        await page.ReloadAsync();
        await Expect(page.Locator(".paper-card")).ToContainTextAsync("Zebra Routing");
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in_and_wrong_passwords_are_refused()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/admin/imports");
        await page.WaitForAddressAsync("/account/login?returnUrl=%2Fadmin%2Fimports");
        await page.FillAsync("#email", RunningCatalog.AdminEmail);
        await page.FillAsync("#password", "wrong-password-123");
        await page.ClickAsync("#sign-in");

        await Expect(page.Locator("#login-error")).ToContainTextAsync("do not match");
        await page.ScreenshotAsync("sign-in");
    }
}
