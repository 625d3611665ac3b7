using System.Diagnostics;

namespace PaperCatalog.IntegrationTests.Cli;

/// <summary>Runs the built <c>papercatalog</c> tool as a real process, as a user would.</summary>
internal static class CliProcess
{
    /// <param name="connectionString">The catalog to use; without one, a host that cannot resolve, so a command that should need no database fails if it reaches for one.</param>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string? connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "papercatalog.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Catalog"] = connectionString ?? "Host=invalid.example;Database=none";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await errors);
    }
}
