using System.CommandLine;
using PaperCatalog.Cli.Evaluation;

namespace PaperCatalog.Cli.Commands;

/// <summary>
/// <c>papercatalog compare-labels --second tsv [--labels tsv] [--split dev|holdout|all] [--list]</c>:
/// how far a second, independent labeling of the evaluation papers agrees with the first.
/// </summary>
internal static class CompareLabelsCommand
{
    /// <summary>The exit code when a label file cannot be read or the two do not label the same papers.</summary>
    public const int Failed = 1;

    public static Command Create()
    {
        var second = new Option<string>("--second") { Description = "The second labeling (default: tests/tagging-evaluation/second-labels.tsv in the checkout)." };
        var labels = new Option<string>("--labels") { Description = "The first labeling (default: tests/tagging-evaluation/labels.tsv in the checkout)." };
        var split = new Option<string>("--split") { Description = "Which papers to compare.", DefaultValueFactory = static _ => "all" }
            .AcceptOnlyFromAmong("dev", "holdout", "all");
        var list = new Option<bool>("--list") { Description = "List every paper and technique the two label differently." };
        var command = new Command("compare-labels", "Compare two labelings of the evaluation papers: per technique, how often they agree (as F1) and Cohen's kappa.") { second, labels, split, list };
        command.SetAction(async (parse, cancellation) =>
        {
            var firstPath = parse.GetValue(labels) ?? CheckoutPath.Of("tests", "tagging-evaluation", "labels.tsv");
            var secondPath = parse.GetValue(second) ?? CheckoutPath.Of("tests", "tagging-evaluation", "second-labels.tsv");
            if (firstPath is null || secondPath is null)
            {
                await Console.Error.WriteLineAsync("error: not inside a PaperCatalog checkout; give --labels and --second.");
                return Failed;
            }

            AgreementResult result;
            try
            {
                result = LabelAgreement.Compare(LabelFile.Read(firstPath), LabelFile.Read(secondPath), Enum.Parse<EvaluationSplit>(parse.GetRequiredValue(split), ignoreCase: true));
            }
            catch (Exception unusable) when (unusable is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"error: {unusable.Message}");
                return Failed;
            }

            if (!parse.GetValue(list))
            {
                result = result with { Disagreements = [] };
            }

            await AgreementText.WriteAsync(result, Path.GetFileName(firstPath), Path.GetFileName(secondPath), Console.Out);
            return 0;
        });
        return command;
    }
}
