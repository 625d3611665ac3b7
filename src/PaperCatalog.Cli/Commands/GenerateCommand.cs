using System.CommandLine;
using System.Diagnostics;
using PaperCatalog.Benchmarks.Corpus;
using PaperCatalog.Cli.Output;

namespace PaperCatalog.Cli.Commands;

/// <summary>
/// <c>papercatalog generate --papers N --out DIR [--seed 42] [--papers-per-file 20000]</c>: writes a
/// synthetic corpus for benchmarks. Needs no database.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>The exit code when the corpus could not be written.</summary>
    public const int Failed = 1;

    public static Command Create()
    {
        var papers = new Option<int>("--papers") { Required = true, Description = "How many papers to generate." };
        var output = new Option<string>("--out") { Required = true, Description = "The folder to write the dump files, corpus.tsv and corpus.json into; earlier corpus files in it are replaced." };
        var seed = new Option<int>("--seed") { Description = "The random seed; the same seed gives the same bytes.", DefaultValueFactory = static _ => CorpusOptions.DefaultSeed };
        var perFile = new Option<int>("--papers-per-file")
        {
            Description = $"Papers per dump file (at most {CorpusOptions.MaxPapersPerFile:N0}, so files stay under the reader's 50 MB limit).",
            DefaultValueFactory = static _ => CorpusOptions.DefaultPapersPerFile,
        };
        var command = new Command("generate", "Generate a synthetic corpus of papers for benchmarks: Daily Papers dump files, a COPY-ready TSV and a manifest.") { papers, output, seed, perFile };
        command.Validators.Add(result =>
        {
            // A missing required option is reported on its own; checking a default 0 would only add noise.
            if (result.GetResult(papers) is null || result.GetResult(output) is null)
            {
                return;
            }

            // Defaults are not applied yet while validating: an omitted --papers-per-file reads as 0 here.
            var options = new CorpusOptions
            {
                Papers = result.GetValue(papers),
                OutputFolder = result.GetValue(output) ?? "",
                PapersPerFile = result.GetResult(perFile) is null ? CorpusOptions.DefaultPapersPerFile : result.GetValue(perFile),
            };
            foreach (var problem in options.Problems())
            {
                result.AddError(problem);
            }
        });
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new CorpusOptions
            {
                Papers = parse.GetValue(papers),
                OutputFolder = Path.GetFullPath(parse.GetRequiredValue(output)),
                Seed = parse.GetValue(seed),
                PapersPerFile = parse.GetValue(perFile),
            };
            var clock = Stopwatch.StartNew();
            CorpusManifest manifest;
            try
            {
                using var progress = new CorpusProgressLine(Console.Error);
                manifest = await CorpusGenerator.GenerateAsync(options, progress, cancellation);
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"error: {failure.Message}");
                return Failed;
            }

            await CorpusSummaryText.WriteAsync(manifest, options.OutputFolder, clock.Elapsed, Console.Out);
            return 0;
        });
        return command;
    }
}
