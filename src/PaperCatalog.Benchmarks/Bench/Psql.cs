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
            string[] arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", builder.Username!, "-d", builder.Database!, "-f", scriptFile];
            var (exitCode, _, errors) = await ToolProcess.RunAsync(Find(), arguments, cancellation, new Dictionary<string, string> { ["PGPASSWORD"] = builder.Password ?? "" });
            var elapsed = stopwatch.Elapsed;
            return exitCode == 0 ? elapsed : throw new InvalidOperationException($"psql failed ({exitCode}): {errors}");
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
