using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PaperCatalog.Benchmarks.Bench;

namespace PaperCatalog.Cli.Commands;

/// <summary>
/// <c>papercatalog bench --corpus DIR [--runs 3] [--no-http] [--cold 10] [--sessions 1000] [--out FILE]</c>: measures the
/// app's paths beside their baselines on one corpus, in a private PostgreSQL cluster of its own.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "A corpus folder written by 'papercatalog generate'.", Required = true };
        var runs = new Option<int>("--runs") { Description = "Warm runs per query and path.", DefaultValueFactory = _ => 3 };
        var noHttp = new Option<bool>("--no-http") { Description = "Skip the web tier (web app process, wrk, concurrent users)." };
        var cold = new Option<int>("--cold") { Description = "Queries to run cold, each after a PostgreSQL restart.", DefaultValueFactory = _ => 10 };
        var efSample = new Option<int>("--ef-sample") { Description = "Papers in the EF Core SaveChanges comparison.", DefaultValueFactory = _ => 20_000 };
        var load = new Option<int>("--load-seconds") { Description = "How long wrk and the ten concurrent users each run.", DefaultValueFactory = _ => 15 };
        var sessions = new Option<int>("--sessions") { Description = "Interactive sessions to open at once for memory per session (0: skip).", DefaultValueFactory = _ => 1_000 };
        var catalog = new Option<string?>("--catalog") { Description = "A connection string to a catalog that already holds the corpus: measure search and the web tier on it, without importing." };
        var output = new Option<string?>("--out") { Description = "Also write the tables (Markdown) here, and the figures as JSON beside it." };
        var command = new Command("bench", "Measure import, search and the web tier beside their baselines, and print the figures.") { corpus, runs, noHttp, cold, efSample, load, sessions, catalog, output };
        command.SetAction(async (parse, cancellation) =>
        {
            if (!OperatingSystem.IsLinux())
            {
                await Console.Error.WriteLineAsync("error: the bench runs its own PostgreSQL cluster, which needs Linux.");
                return 1;
            }

            var folder = parse.GetRequiredValue(corpus);
            if (!File.Exists(Path.Combine(folder, "corpus.tsv")))
            {
                await Console.Error.WriteLineAsync($"error: no corpus.tsv in '{folder}'; write one with 'papercatalog generate'.");
                return 1;
            }

            using var logging = LoggerFactory.Create(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
            var work = Path.Combine(Path.GetTempPath(), $"papercatalog-bench-{Environment.ProcessId}");
            var options = new BenchOptions(folder, work, parse.GetValue(runs), parse.GetValue(efSample), !parse.GetValue(noHttp), parse.GetValue(cold), parse.GetValue(load), parse.GetValue(sessions), parse.GetValue(catalog));
            // The tables go to standard output as each part ends; what the run is doing, to standard error.
            var report = await BenchRunner.RunAsync(options, Console.Out, logging.CreateLogger("PaperCatalog.Bench"), static line => Console.Error.WriteLine($"[bench] {line}"), cancellation);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file, report.Markdown, cancellation);
                await File.WriteAllTextAsync(Path.ChangeExtension(file, ".json"), JsonSerializer.Serialize(report.Figures, new JsonSerializerOptions { WriteIndented = true }), cancellation);
            }

            return 0;
        });
        return command;
    }
}
