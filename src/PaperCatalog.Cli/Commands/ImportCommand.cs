using System.CommandLine;
using System.Globalization;
using PaperCatalog.Cli.Output;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Importing;

namespace PaperCatalog.Cli.Commands;

/// <summary>
/// <c>papercatalog import &lt;files or folders&gt; [--dry-run] [--reference-date yyyy-MM-dd] [--json]</c>.
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
        var command = new Command("import", "Import dump files into the catalog, in one transaction.") { paths, dryRun, referenceDate, json };
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
            var importer = services.Get<CatalogImporter>();
            var request = new ImportRequest(inputs, "cli", parse.GetValue(dryRun), parse.GetValue(referenceDate));
            ImportSummary summary;
            using (var progress = new ProgressLine(Console.Error))
            {
                summary = await importer.ImportAsync(request, progress, cancellation);
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
