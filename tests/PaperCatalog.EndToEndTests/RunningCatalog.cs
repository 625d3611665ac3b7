using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PaperCatalog.Data;
using PaperCatalog.Data.Search;
using PaperCatalog.LocalPostgres;
using PaperCatalog.Testing;

namespace PaperCatalog.EndToEndTests;

/// <summary>The real app on a real Kestrel port, over its own database with the seeds imported.</summary>
public sealed class RunningCatalog : WebApplicationFactory<Program>
{
    private readonly string _connectionString;

    private RunningCatalog(string connectionString)
    {
        _connectionString = connectionString;
        UseKestrel(0);
        StartServer();
    }

    public const string AdminEmail = "admin@example.org";
    public const string AdminPassword = "Correct-Horse-Battery-9";

    // Generous: see ConfigureWebHost.
    private static readonly TimeSpan LookupBudget = TimeSpan.FromSeconds(10);

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    /// <summary>The catalog's database, for checking what the browser's actions stored.</summary>
    public string ConnectionString => _connectionString;

    public static async Task<RunningCatalog> StartAsync(PostgresServer server) => new(await server.CreateDatabaseAsync());

    /// <summary>Creates an account with the given role (or none) and the admin's password.</summary>
    public async Task CreateUserAsync(string email, string? role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PaperCatalog.Data.Accounts.CatalogUser>>();
        var user = new PaperCatalog.Data.Accounts.CatalogUser { UserName = email, Email = email, EmailConfirmed = true };
        await users.CreateAsync(user, AdminPassword);
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }
    }

    /// <summary>A new page in its own browser context, ready once Blazor is interactive.</summary>
    public async Task<IPage> OpenAsync(BrowserFixture browser, string path, ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(browser, viewport);
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
        return page;
    }

    /// <summary>
    /// A new page in its own browser context, signed in as <paramref name="email"/> (an account with the admin's password,
    /// see <see cref="CreateUserAsync"/>) and at <paramref name="path"/> once Blazor is interactive.
    /// </summary>
    public async Task<IPage> OpenSignedInAsync(BrowserFixture browser, string email, string path)
    {
        var page = await NewPageAsync(browser);
        await page.SignInAsync(email, AdminPassword, path);
        return page;
    }

    private async Task<IPage> NewPageAsync(BrowserFixture browser, ViewportSize? viewport = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");

        // Outside Development, framework and package assets (blazor.web.js, MudBlazor) come from the
        // build's static web assets manifest only when asked for; a published app has them on disk.
        builder.UseStaticWebAssets();
        builder.UseSetting(CatalogConnection.ConfigurationKey, _connectionString);
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.ConfigureServices(static services =>
        {
            // These tests check what the pages do with a correction, suggestions and related papers. What a lookup
            // past its budget gives is LookupBudgetTests' part: on a loaded machine the first trigram lookup of a
            // fresh database outlasted the 300 ms default once, and the correction never appeared.
            services.AddSingleton(static s => new SpellingCorrections(s.GetRequiredService<IDbContextFactory<CatalogDbContext>>(), LookupBudget));
            services.AddSingleton(static s => new TitleSuggestions(s.GetRequiredService<IDbContextFactory<CatalogDbContext>>(), LookupBudget));
            services.AddSingleton(static s => new RelatedPapers(s.GetRequiredService<IDbContextFactory<CatalogDbContext>>(), LookupBudget, s.GetService<SnapshotCache>()));
        });
    }
}

public static class PageExtensions
{
    /// <summary>Waits until the prerendered page has become interactive (see app.js).</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.WaitForSelectorAsync("body[data-interactive='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });

    /// <summary>Waits until the page's address is <paramref name="pathAndQuery"/> on the app's host.</summary>
    /// <remarks>
    /// Not WaitForURLAsync: it reads the address once and then waits for the next navigation, so a Blazor navigation
    /// that lands between the two is never seen and the wait times out on a page already showing the right view (CI,
    /// 2026-12-01). The assertion keeps reading the address until it matches.
    /// </remarks>
    public static Task WaitForAddressAsync(this IPage page, string pathAndQuery, float timeout = 30_000) =>
        page.WaitForAddressAsync(new Regex("^https?://[^/]+" + Regex.Escape(pathAndQuery) + "$"), timeout);

    /// <summary>Waits until the page's address matches <paramref name="address"/>; see the other overload.</summary>
    public static Task WaitForAddressAsync(this IPage page, Regex address, float timeout = 30_000) =>
        Assertions.Expect(page).ToHaveURLAsync(address, new PageAssertionsToHaveURLOptions { Timeout = timeout });

    /// <summary>Chooses <paramref name="files"/> in a Blazor <c>InputFile</c>, once Blazor listens to it.</summary>
    /// <remarks>
    /// The prerendered input is on screen before the circuit attaches its change listener (<c>InputFile.init</c> marks the
    /// element with <c>_blazorInputFileNextFileId</c>), and files chosen before that are lost: the dry run's button
    /// stayed disabled for 30 s in CI once, the page marked interactive already.
    /// </remarks>
    public static async Task ChooseFilesAsync(this IPage page, string selector, params string[] files)
    {
        await page.WaitForFunctionAsync($"() => document.querySelector('{selector}')?._blazorInputFileNextFileId !== undefined", null, new() { Timeout = 30_000 });
        await page.Locator(selector).SetInputFilesAsync(files);
    }

    /// <summary>Signs in through the real sign-in form.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password, string returnUrl = "/")
    {
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Saves a screenshot (the whole page, or what the window shows) under TestResults/screenshots for people to look at.</summary>
    public static async Task<string> ScreenshotAsync(this IPage page, string name, bool fullPage = true)
    {
        var folder = Path.Combine(TestPaths.Root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }
}
