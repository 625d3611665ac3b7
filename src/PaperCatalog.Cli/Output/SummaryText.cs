using System.Globalization;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Domain.Text;
using PaperCatalog.Importing;

namespace PaperCatalog.Cli.Output;

/// <summary>Writes an import summary for people: what was read, what changed, what was rejected and where.</summary>
internal static class SummaryText
{
    private const int ListedChanges = 50;

    public static async Task WriteAsync(ImportSummary summary, TextWriter output)
    {
        var lines = new List<string> { Headline(summary) };
        lines.AddRange(summary.Files.Select(FileLine));
        if (summary.Status == ImportStatus.Succeeded)
        {
            var verb = summary.DryRun ? "would be " : "";
            lines.Add(Invariant($"Papers: {summary.Added} {verb}added, {summary.Updated} {verb}updated, {summary.Unchanged} unchanged; {summary.Parsed} records parsed, {summary.Rejected} rejected."));
            if (summary.NothingNew && summary.Files.All(static f => f.PreviouslyImportedInRun is not null))
            {
                lines.Add("Nothing new: every file had been imported before, so the catalog is unchanged.");
            }

            lines.AddRange(Changes(summary));
            if (summary.Error is { } warning)
            {
                lines.Add($"Warning: {warning}");
            }

            if (summary.Phases.Count > 0)
            {
                lines.Add("Phases: " + string.Join(", ", summary.Phases.Select(static p => Invariant($"{p.Key} {p.Value.TotalSeconds:0.00} s"))));
            }
        }

        if (summary.Rejections.Count > 0)
        {
            lines.Add($"Rejected records ({summary.Rejections.Count}):");
            lines.AddRange(summary.Rejections.Select(static r => $"  {r.FileName}:{r.LineNumber}: {r.Reason} — \"{r.Excerpt}\""));
        }

        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }
    }

    private static string Headline(ImportSummary summary) => summary switch
    {
        { Status: ImportStatus.Failed } => $"Import failed; nothing was written. {summary.Error}",
        { DryRun: true } => Invariant($"Dry run of {summary.Files.Count} file(s) in {summary.Elapsed.TotalSeconds:0.00} s; nothing was written."),
        _ => Invariant($"Imported {summary.Files.Count} file(s) in {summary.Elapsed.TotalSeconds:0.00} s (run #{summary.RunId})."),
    };

    private static string FileLine(FileSummary file) =>
        file.Error is { } error
            ? $"  {file.Name}: refused: {error}"
            : Invariant($"  {file.Name}: {file.Format}, {file.Parsed} parsed, {file.Rejected} rejected") +
              (file.PreviouslyImportedInRun is { } run ? Invariant($" (imported before in run #{run})") : "");

    private static IEnumerable<string> Changes(ImportSummary summary)
    {
        foreach (var group in summary.Changes.GroupBy(static c => c.Kind))
        {
            yield return (group.Key, summary.DryRun) switch
            {
                (PaperChangeKind.Added, true) => "Would add:",
                (PaperChangeKind.Added, false) => "Added:",
                (_, true) => "Would update:",
                _ => "Updated:",
            };
            foreach (var change in group.Take(ListedChanges))
            {
                var fields = change.Fields.Count == 0 ? "" : " [" + string.Join(", ", change.Fields.Select(static f => $"{f.Field}: {Shorten(f.Before)} → {Shorten(f.After)}")) + "]";
                yield return $"  + {change.Title}{fields}";
            }

            if (group.Count() > ListedChanges)
            {
                yield return Invariant($"  … and {group.Count() - ListedChanges} more (use --json for all)");
            }
        }
    }

    private static string Shorten(string? text) => TextClip.ToLength(text, 61) ?? "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
