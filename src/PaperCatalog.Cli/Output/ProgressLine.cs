using System.Globalization;
using PaperCatalog.Importing;

namespace PaperCatalog.Cli.Output;

/// <summary>
/// Shows an import's progress on one line of stderr: redrawn in place on a terminal, and
/// printed once per stage when stderr is a file or a pipe, so logs stay readable.
/// </summary>
internal sealed class ProgressLine(TextWriter writer) : IProgress<ImportProgress>, IDisposable
{
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private ImportStage? _lastStage;
    private int _width;

    public void Report(ImportProgress value)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"[{value.Fraction * 100,3:0}%] {Describe(value)}");
        if (_interactive)
        {
            writer.Write("\r" + line.PadRight(_width));
            _width = line.Length;
        }
        else if (value.Stage != _lastStage || value.Stage == ImportStage.Reading)
        {
            writer.WriteLine(line);
        }

        _lastStage = value.Stage;
    }

    public void Dispose()
    {
        if (_interactive && _width > 0)
        {
            writer.WriteLine();
        }
    }

    private static string Describe(ImportProgress value) => value.Stage switch
    {
        ImportStage.Reading when value.Detail is { } file => $"reading file {value.Done + 1}/{value.Total}: {file}",
        ImportStage.Reading => $"read {value.Total} file(s)",
        ImportStage.Merging => $"merging records {value.Done:N0}/{value.Total:N0}",
        ImportStage.Saving => "saving",
        _ => "done",
    };
}
