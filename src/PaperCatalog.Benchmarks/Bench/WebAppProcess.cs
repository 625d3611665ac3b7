using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using PaperCatalog.LocalPostgres;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>The web app as its own process over the bench database, published in Release first.</summary>
internal sealed class WebAppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private WebAppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The process's resident memory, from /proc.</summary>
    public long ResidentBytes =>
        File.ReadLines($"/proc/{_process.Id}/status").Where(static l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(static l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024).Single();

    public static async Task<WebAppProcess> StartAsync(string connectionString, CancellationToken cancellation)
    {
        var root = LocalPostgresLocation.FindCheckout(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("The bench runs from a checkout: PaperCatalog.sln was not found above " + AppContext.BaseDirectory);
        var project = Path.Combine(root, "src", "PaperCatalog.Web");
        var output = Path.Combine(Path.GetTempPath(), "papercatalog-bench-web");
        // Published, not just built: outside Development only a published app serves MudBlazor's static assets.
        var (exitCode, published, errors) = await ToolProcess.RunAsync("dotnet", ["publish", project, "-c", "Release", "-o", output, "-v", "q", "-nologo"], cancellation);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed: {published}{errors}");
        }

        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(output, "PaperCatalog.Web.dll")])
        {
            WorkingDirectory = output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ConnectionStrings__Catalog"] = connectionString,
                ["Catalog__ImportSeedsOnFirstStart"] = "false",
                // With --catalog the database is the user's: the bench's app adds no account to it.
                ["Admin__CreateIfMissing"] = "false",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
                // The bench times searches, not the result cache: each of its queries repeats.
                ["Search__CachedResults"] = "0",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The web app could not be started.");
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new WebAppProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        await app.WaitUntilReadyAsync(cancellation);
        return app;
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellation)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {_process.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync("api/tags", cancellation);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
            }

            await Task.Delay(500, cancellation);
        }

        throw new TimeoutException("The web app did not answer within two minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
