using System.Diagnostics;

namespace PaperCatalog.LocalPostgres;

/// <summary>Runs the PostgreSQL tools, as the <c>postgres</c> user when this process is root.</summary>
internal static class ProcessRunner
{
    /// <summary>The OS user that owns clusters when we run as root (initdb and postgres refuse root).</summary>
    public const string ServiceUser = "postgres";

    public static bool IsRoot => Environment.IsPrivilegedProcess;

    /// <summary>Runs <paramref name="file"/> and returns its exit code and combined output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string file, IEnumerable<string> arguments, bool asServiceUser, CancellationToken cancellation, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo
        {
            FileName = asServiceUser && IsRoot ? "runuser" : file,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (asServiceUser && IsRoot)
        {
            foreach (var prefix in new[] { "-u", ServiceUser, "--", file })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        return (process.ExitCode, (await output + await error).Trim());
    }

    /// <summary>Runs <paramref name="file"/> and throws with its output when it fails.</summary>
    public static async Task<string> RunCheckedAsync(string file, IEnumerable<string> arguments, bool asServiceUser, CancellationToken cancellation, IDictionary<string, string>? environment = null)
    {
        var args = arguments.ToList();
        var (exitCode, output) = await RunAsync(file, args, asServiceUser, cancellation, environment);
        if (exitCode != 0)
        {
            throw new LocalPostgresException($"'{Path.GetFileName(file)} {string.Join(' ', args)}' failed with exit code {exitCode}: {output}");
        }

        return output;
    }
}
