using System.Globalization;

namespace PaperCatalog.Cli.Evaluation;

/// <summary>Writes a comparison of two labelings as a table for people, with the papers they label differently when asked.</summary>
internal static class AgreementText
{
    private const string Row = "{0,-32} {1,6} {2,6} {3,6} {4,7} {5,9} {6,6}";

    public static async Task WriteAsync(AgreementResult result, string firstName, string secondName, TextWriter output)
    {
        var lines = new List<string>
        {
            Invariant($"Label agreement on the {result.Split.ToString().ToLowerInvariant()} split: {result.Papers} papers, {firstName} (first) against {secondName} (second)."),
            "",
            Format(Row, "Technique", "Both", "First", "Second", "Neither", "Agreement", "Kappa"),
        };
        lines.AddRange(result.Techniques.Select(static t => Format(Row, t.Slug, t.Both, t.FirstOnly, t.SecondOnly, t.Neither, Number(t.PositiveAgreement), Number(t.Kappa))));
        lines.Add("");
        lines.Add("Agreement: 2 x both / (2 x both + first only + second only), the F1 either labeling scores against the other.");
        if (result.Disagreements.Count > 0)
        {
            lines.Add("");
            lines.Add($"Labeled differently ({result.Disagreements.Count}):");
            lines.AddRange(result.Disagreements.OrderBy(static d => d.Slug, StringComparer.Ordinal).Select(static d => $"  {d.Slug} {d.Source} only {(d.First ? "first" : "second")}: {d.Title}"));
        }

        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
