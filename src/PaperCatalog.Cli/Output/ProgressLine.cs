using System.Globalization;
using PaperCatalog.Importing;

namespace PaperCatalog.Cli.Output;

/// <summary>
/// Shows an import's progress on one line of stderr: redrawn in place on a terminal. When stderr
/// is a file or a pipe it prints a line per file read, per stage and step, and per tenth of a long
/// stage, so logs stay readable and still show that a 20-minute stage moves.
/// </summary>
/// <param name="writer">Where the line goes: stderr.</param>
/// <param name="interactive">Whether that is a terminal, where the line is redrawn in place.</param>
internal sealed class ProgressLine(TextWriter writer, bool interactive) : IProgress<ImportProgress>, IDisposable
{
    private (ImportStage Stage, string? Detail, int Tenth)? _last;
    private int _width;

    public void Report(ImportProgress value)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"[{value.Fraction * 100,3:0}%] {Describe(value)}");
        var milestone = Milestone(value);
        if (interactive)
        {
            writer.Write("\r" + line.PadRight(_width));
            _width = line.Length;
        }
        else if (_last != milestone)
        {
            writer.WriteLine(line);
        }

        _last = milestone;
    }

    public void Dispose()
    {
        if (interactive && _width > 0)
        {
            writer.WriteLine();
        }
    }

    private static (ImportStage, string?, int) Milestone(ImportProgress value) =>
        (value.Stage, value.Detail, value.Total == 0 ? 10 : (int)(10L * value.Done / value.Total));

    private static string Describe(ImportProgress value) => value.Stage switch
    {
        ImportStage.Reading when value.Detail is { } file => $"reading file {value.Done + 1}/{value.Total}: {file}",
        ImportStage.Reading => $"read {value.Total} file(s)",
        ImportStage.Merging when value.Detail is { } step => step,
        ImportStage.Merging => $"merging records {value.Done:N0}/{value.Total:N0}",
        ImportStage.Tagging => $"tagging new papers {value.Done:N0}/{value.Total:N0}",
        ImportStage.Writing => $"writing: {value.Detail}",
        ImportStage.Saving => "saving",
        _ => "done",
    };
}
