using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using PaperCatalog.LocalPostgres;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>Runs wrk (installing Debian's package when it is missing) and reads its requests per second.</summary>
internal static partial class Wrk
{
    public static async Task<double> RequestsPerSecondAsync(Uri url, TimeSpan duration, CancellationToken cancellation)
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            await PackageInstaller.InstallAsync(["wrk"], NullLogger.Instance, cancellation);
        }

        var (_, output, _) = await ToolProcess.RunAsync("/usr/bin/wrk", ["-t2", "-c10", $"-d{(int)duration.TotalSeconds}s", url.ToString()], cancellation);
        if (output.Contains("Non-2xx", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("wrk got error responses: " + output);
        }

        var match = RequestsPerSecond().Match(output);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException("wrk printed no Requests/sec: " + output);
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();
}
