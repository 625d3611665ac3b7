using System.Diagnostics;
using Npgsql;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>Runs SQL through the machine's psql: the baselines' way of loading, free of our code.</summary>
internal static class Psql
{
    public static async Task<TimeSpan> RunAsync(string connectionString, string script, CancellationToken cancellation)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var scriptFile = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(scriptFile, script, cancellation);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var start = new ProcessStartInfo(Find()) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", builder.Username!, "-d", builder.Database!, "-f", scriptFile })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["PGPASSWORD"] = builder.Password ?? "";
            using var psql = Process.Start(start) ?? throw new InvalidOperationException("psql could not be started.");
            var errors = psql.StandardError.ReadToEndAsync(cancellation);
            _ = await psql.StandardOutput.ReadToEndAsync(cancellation);
            await psql.WaitForExitAsync(cancellation);
            var elapsed = stopwatch.Elapsed;
            return psql.ExitCode == 0 ? elapsed : throw new InvalidOperationException($"psql failed ({psql.ExitCode}): {await errors}");
        }
        finally
        {
            File.Delete(scriptFile);
        }
    }

    private static string Find() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "psql")).Where(File.Exists).Order(StringComparer.Ordinal).LastOrDefault() ?? "psql"
            : "psql";
}
