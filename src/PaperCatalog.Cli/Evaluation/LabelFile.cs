using System.Globalization;

namespace PaperCatalog.Cli.Evaluation;

/// <summary>
/// Reads the labeled evaluation set: a tab-separated file with a header naming the columns
/// <c>source</c>, <c>split</c>, one 0/1 column per technique (named by its tag slug), <c>title</c> and <c>why</c>.
/// </summary>
internal static class LabelFile
{
    private static readonly string[] Descriptive = ["source", "split", "title", "why"];

    /// <exception cref="FormatException">The file is not a label file; the message names the line.</exception>
    public static LabelSet Read(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    public static LabelSet Parse(IReadOnlyList<string> lines, string name)
    {
        if (lines.Count == 0)
        {
            throw new FormatException($"{name} is empty; it needs a header line.");
        }

        var header = lines[0].Split('\t');
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!column.TryAdd(header[i], i))
            {
                throw new FormatException($"{name}, line 1: the header names '{header[i]}' twice.");
            }
        }

        if (Descriptive.FirstOrDefault(d => !column.ContainsKey(d)) is { } missing)
        {
            throw new FormatException($"{name}, line 1: the header has no '{missing}' column.");
        }

        var techniques = header.Where(static h => !Descriptive.Contains(h)).ToList();
        var papers = new List<LabeledPaper>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var paper = ParseLine(lines[i].Split('\t'), header.Length, column, techniques, $"{name}, line {i + 1}");
            if (!seen.Add(paper.Source))
            {
                throw new FormatException($"{name}, line {i + 1}: source {paper.Source} is labeled twice.");
            }

            papers.Add(paper);
        }

        return new LabelSet(techniques, papers);
    }

    private static LabeledPaper ParseLine(string[] cells, int columns, Dictionary<string, int> column, List<string> techniques, string where)
    {
        if (cells.Length != columns)
        {
            throw new FormatException($"{where}: {cells.Length} columns where the header has {columns}.");
        }

        var source = cells[column["source"]];
        var parts = source.Split(':');
        if (parts.Length != 2 || parts[0].Length == 0 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var line) || line < 1)
        {
            throw new FormatException($"{where}: the source '{source}' is not a seed prefix and line number such as 001:71.");
        }

        var split = cells[column["split"]] switch
        {
            "dev" => EvaluationSplit.Dev,
            "holdout" => EvaluationSplit.Holdout,
            var other => throw new FormatException($"{where}: the split '{other}' is neither dev nor holdout."),
        };
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var technique in techniques)
        {
            switch (cells[column[technique]])
            {
                case "1":
                    tags.Add(technique);
                    break;
                case "0":
                    break;
                case var other:
                    throw new FormatException($"{where}: the {technique} label '{other}' is neither 0 nor 1.");
            }
        }

        return new LabeledPaper(source, parts[0], line, split, tags, cells[column["title"]]);
    }
}

/// <summary>The techniques the labels cover, in column order, and every labeled paper.</summary>
internal sealed record LabelSet(IReadOnlyList<string> Techniques, IReadOnlyList<LabeledPaper> Papers);

/// <summary>One labeled paper: where it first occurs in the seeds, its split and the techniques it is about.</summary>
/// <param name="Source">As written in the file, such as "001:71".</param>
/// <param name="FilePrefix">The seed file's name prefix, such as "001".</param>
/// <param name="Line">The line the record starts on.</param>
internal sealed record LabeledPaper(string Source, string FilePrefix, int Line, EvaluationSplit Split, IReadOnlySet<string> Techniques, string Title);

/// <summary>Which labeled papers to evaluate. Only the dev part may be used for tuning rules.</summary>
internal enum EvaluationSplit
{
    Dev,
    Holdout,
    All,
}
