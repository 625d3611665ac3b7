using System.CommandLine;
using System.Globalization;
using PaperCatalog.Cli.Output;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;

namespace PaperCatalog.Cli.Commands;

/// <summary>
/// <c>papercatalog import &lt;files or folders&gt; [--dry-run] [--reference-date yyyy-MM-dd] [--json] [--bulk [--streams N]]</c>.
/// </summary>
internal static class ImportCommand
{
    /// <summary>The exit code of an import that was refused as a whole.</summary>
    public const int Failed = 1;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Dump files (text or saved HTML) and folders of them." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be added, updated and rejected, and write nothing." };
        var referenceDate = new Option<DateOnly?>("--reference-date")
        {
            Description = "The capture date (yyyy-MM-dd) for dates shown without a year, instead of the inferred one.",
            CustomParser = result => ParseDate(result.Tokens[0].Value, error => result.AddError(error)),
        };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON on stdout." };
        var bulk = new Option<bool>("--bulk") { Description = "Load through binary COPY and a set-based merge: for large dumps (lists updated papers, counts added ones)." };
        var streams = new Option<int>("--streams") { Description = "With --bulk: files copied at once, each with one more read ahead.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("import", "Import dump files into the catalog, in one transaction.") { paths, dryRun, referenceDate, json, bulk, streams };
        command.SetAction(async (parse, cancellation) =>
        {
            IReadOnlyList<DumpInput> inputs;
            try
            {
                inputs = DumpInput.FromPaths(parse.GetRequiredValue(paths));
            }
            catch (FileNotFoundException missing)
            {
                await Console.Error.WriteLineAsync($"error: {missing.Message}");
                return Failed;
            }

            await using var services = await CliServices.StartAsync(cancellation);
            ImportSummary summary;
            using (var progress = new ProgressLine(Console.Error, interactive: !Console.IsErrorRedirected))
            {
                summary = parse.GetValue(bulk)
                    ? await services.Get<BulkImporter>().ImportAsync(new BulkImportRequest(inputs, "cli", parse.GetValue(dryRun), parse.GetValue(referenceDate), parse.GetValue(streams)), progress, cancellation)
                    : await services.Get<CatalogImporter>().ImportAsync(new ImportRequest(inputs, "cli", parse.GetValue(dryRun), parse.GetValue(referenceDate)), progress, cancellation);
            }

            await (parse.GetValue(json) ? SummaryJson.WriteAsync(summary, Console.Out) : SummaryText.WriteAsync(summary, Console.Out));
            return summary.Status == ImportStatus.Succeeded ? 0 : Failed;
        });
        return command;
    }

    private static DateOnly? ParseDate(string text, Action<string> error)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error($"--reference-date must be a date as yyyy-MM-dd, not '{text}'.");
        return null;
    }
}
