using System.Globalization;
using System.Text;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>
/// The figures of one bench run, grouped in sections, printed as Markdown tables (the format
/// docs/performance.md quotes) as they come in.
/// </summary>
public sealed class BenchReport(TextWriter output)
{
    private readonly StringBuilder _markdown = new();

    public IList<BenchFigure> Figures { get; } = [];

    public string Markdown => _markdown.ToString();

    public void Section(string title, params string[] columns)
    {
        Write($"\n### {title}\n");
        Write("| " + string.Join(" | ", columns) + " |");
        Write("|" + string.Concat(columns.Select(static _ => "---|")));
    }

    public void Row(params object[] cells) => Write("| " + string.Join(" | ", cells.Select(Format)) + " |");

    public void Note(string text) => Write($"\n{text}");

    /// <summary>A figure that a goal is checked against, kept for the summary and the JSON output.</summary>
    public void Figure(string name, double value, string unit, string? goal = null, bool? met = null) => Figures.Add(new BenchFigure(name, value, unit, goal, met));

    public void Goals()
    {
        Section("Goals", "figure", "value", "goal", "met");
        foreach (var figure in Figures.Where(static f => f.Goal is not null))
        {
            Row(figure.Name, $"{Format(figure.Value)} {figure.Unit}".Trim(), figure.Goal!, figure.Met switch { true => "yes", false => "no", _ => "n/a" });
        }
    }

    public static string Format(object cell) => cell switch
    {
        double d when double.IsNaN(d) => "–",
        double d when Math.Abs(d) >= 100 => d.ToString("#,0", CultureInfo.InvariantCulture),
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        long or int => string.Format(CultureInfo.InvariantCulture, "{0:#,0}", cell),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };

    private void Write(string line)
    {
        _markdown.AppendLine(line);
        output.WriteLine(line);
        output.Flush();
    }
}

/// <summary>One measured figure, with the goal it is held to when it has one.</summary>
public sealed record BenchFigure(string Name, double Value, string Unit, string? Goal, bool? Met);
