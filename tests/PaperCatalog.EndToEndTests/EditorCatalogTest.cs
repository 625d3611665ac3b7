using Microsoft.Playwright;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Testing;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>
/// For tests that write: each test gets a running catalog of its own, with the seeds and one editor's account.
/// Tests that only read share one instead (<see cref="ReadOnlyCatalog"/>).
/// </summary>
public abstract class EditorCatalogTest(PostgresServer server, BrowserFixture browser, string editor) : IAsyncLifetime
{
    protected RunningCatalog App { get; private set; } = default!;

    protected PostgresServer Server => server;

    public async ValueTask InitializeAsync()
    {
        App = await RunningCatalog.StartAsync(server);
        await App.CreateUserAsync(editor, CatalogRoles.Editor);
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    /// <summary>A page signed in as the editor, at <paramref name="path"/> once Blazor is interactive.</summary>
    protected Task<IPage> OpenAsEditorAsync(string path) => App.OpenSignedInAsync(browser, editor, path);

    /// <summary>A page signed in as the catalog's admin, at <paramref name="path"/> once Blazor is interactive.</summary>
    protected Task<IPage> OpenAsAdminAsync(string path) => App.OpenSignedInAsync(browser, RunningCatalog.AdminEmail, path);

    /// <summary>The review page with the keyboard in its list, and the tag in focus.</summary>
    protected async Task<(IPage Page, string PaperId, string Tag)> ReviewingAsync()
    {
        var page = await OpenAsEditorAsync("/review");
        var current = page.Locator(".review-item.current");
        await Expect(current).ToBeVisibleAsync();
        await page.Locator("#review-list").FocusAsync();
        return (page, (await current.GetAttributeAsync("data-paper-id"))!, (await current.GetAttributeAsync("data-tag"))!);
    }
}
