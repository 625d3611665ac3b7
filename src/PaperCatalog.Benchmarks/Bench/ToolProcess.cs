using System.Diagnostics;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>Runs one of the machine's tools (psql, wrk, dotnet) to completion and keeps what it printed.</summary>
internal static class ToolProcess
{
    /// <summary>Both streams are read while the tool runs, so that neither can fill up and stall it.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string file, IEnumerable<string> arguments, CancellationToken cancellation, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        return (process.ExitCode, await output, await errors);
    }
}
