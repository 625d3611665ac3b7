using System.CommandLine;
using PaperCatalog.Cli.Evaluation;
using PaperCatalog.Ingestion;

namespace PaperCatalog.Cli.Commands;

/// <summary>
/// <c>papercatalog evaluate-tagging [--labels tsv] [--seeds folder] [--split dev|holdout|all] [--rules shipped|database] [--errors] [--json]</c>:
/// measures the tagging rules against the labeled papers.
/// </summary>
internal static class EvaluateTaggingCommand
{
    /// <summary>The exit code when the labels, the seeds or the rules cannot be read.</summary>
    public const int Failed = 1;

    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "The label file (default: tests/tagging-evaluation/labels.tsv in the checkout)." };
        var seeds = new Option<string>("--seeds") { Description = "The folder of seed dumps the labels' sources point into (default: src/PaperCatalog.Web/Seeds in the checkout)." };
        var split = new Option<string>("--split") { Description = "Which labeled papers to evaluate; tune rules on dev only.", DefaultValueFactory = static _ => "dev" }
            .AcceptOnlyFromAmong("dev", "holdout", "all");
        var rules = new Option<string>("--rules") { Description = "Evaluate the rules stored in the catalog database, or the shipped defaults (no database needed).", DefaultValueFactory = static _ => "database" }
            .AcceptOnlyFromAmong("database", "shipped");
        var errors = new Option<bool>("--errors") { Description = "List the false positives and negatives with their evidence (dev split only)." };
        var json = new Option<bool>("--json") { Description = "Print the evaluation as JSON on stdout." };
        var command = new Command("evaluate-tagging", "Measure the tagging rules against the labeled papers: precision, recall and F1 per technique.") { labels, seeds, split, rules, errors, json };

        // Looking at holdout mistakes is how holdout papers end up tuning the rules; then they no longer measure anything.
        command.Validators.Add(result =>
        {
            // An omitted --split may read as null here, before its default applies: that is dev.
            if (result.GetValue(errors) && result.GetValue(split) is "holdout" or "all")
            {
                result.AddError("--errors lists mistakes for tuning, so it only works with --split dev; the holdout papers must not be used to tune the rules.");
            }
        });
        command.SetAction(async (parse, cancellation) =>
        {
            var labelPath = parse.GetValue(labels) ?? CheckoutPath.Of("tests", "tagging-evaluation", "labels.tsv");
            var seedFolder = parse.GetValue(seeds) ?? CheckoutPath.Of("src", "PaperCatalog.Web", "Seeds");
            if (labelPath is null || seedFolder is null)
            {
                await Console.Error.WriteLineAsync("error: not inside a PaperCatalog checkout; give --labels and --seeds.");
                return Failed;
            }

            EvaluationResult result;
            try
            {
                var labelSet = LabelFile.Read(labelPath);
                var papers = await SeedPapers.ReadAsync(seedFolder, cancellation);

                // Loaded last, so that a bad label file fails before a database is started for nothing.
                var engine = await EvaluationRules.LoadAsync(Enum.Parse<RuleChoice>(parse.GetRequiredValue(rules), ignoreCase: true), cancellation);
                result = TaggingEvaluation.Run(engine, labelSet, papers, Enum.Parse<EvaluationSplit>(parse.GetRequiredValue(split), ignoreCase: true));
            }
            catch (Exception unusable) when (unusable is IOException or UnauthorizedAccessException or FormatException or DumpFileException or InvalidOperationException)
            {
                // Labels or seeds that cannot be read or do not fit each other: one line says which, not a stack trace.
                await Console.Error.WriteLineAsync($"error: {unusable.Message}");
                return Failed;
            }

            if (!parse.GetValue(errors))
            {
                result = result with { Mistakes = [] };
            }

            var rulesName = parse.GetRequiredValue(rules);
            await (parse.GetValue(json) ? EvaluationJson.WriteAsync(result, rulesName, Console.Out) : EvaluationText.WriteAsync(result, rulesName, Console.Out));
            return 0;
        });
        return command;
    }
}
