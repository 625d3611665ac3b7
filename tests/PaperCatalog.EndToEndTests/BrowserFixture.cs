using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using PaperCatalog.LocalPostgres;

namespace PaperCatalog.EndToEndTests;

/// <summary>
/// One headless Chromium for the test assembly: the machine's own (installed from Debian's
/// package when missing), driven by Playwright. Playwright never downloads a browser here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
            {
                throw new InvalidOperationException($"End-to-end tests need Chromium at {Chromium}: sudo apt-get install chromium");
            }

            await PackageInstaller.InstallAsync(["chromium"], NullLogger.Instance, CancellationToken.None);
        }

        // Two cores shared with the app, PostgreSQL and the browser: 5 s (Playwright's default) is
        // too tight for a page that loads its data after the circuit starts, on a busy CI machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
