using System.Globalization;
using PaperCatalog.Benchmarks.Corpus;

namespace PaperCatalog.Cli.Output;

/// <summary>
/// Shows a corpus generation's progress on one line of stderr: redrawn in place on a terminal, and
/// printed once per stage (and every tenth of the papers) when stderr is a file or a pipe.
/// </summary>
/// <remarks>Chunks report from several threads at once, so drawing is serialized.</remarks>
internal sealed class CorpusProgressLine(TextWriter writer) : IProgress<CorpusProgress>, IDisposable
{
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private readonly Lock _gate = new();
    private CorpusStage? _lastStage;
    private int _lastTenth = -1;
    private long _lastDone;
    private int _width;

    public void Report(CorpusProgress value)
    {
        lock (_gate)
        {
            // Chunks count their papers in one order and report in another: never draw progress going back.
            if (value.Stage == _lastStage && value.Done < _lastDone)
            {
                return;
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"[{value.Fraction * 100,3:0}%] {Describe(value)}");
            var tenth = (int)(value.Fraction * 10);
            if (_interactive)
            {
                writer.Write("\r" + line.PadRight(_width));
                _width = line.Length;
            }
            else if (value.Stage != _lastStage || (value.Stage == CorpusStage.Writing && tenth != _lastTenth))
            {
                writer.WriteLine(line);
            }

            (_lastStage, _lastTenth, _lastDone) = (value.Stage, tenth, value.Done);
        }
    }

    public void Dispose()
    {
        if (_interactive && _width > 0)
        {
            writer.WriteLine();
        }
    }

    private static string Describe(CorpusProgress value) => value.Stage switch
    {
        CorpusStage.Vocabulary => "reading the seed vocabulary",
        CorpusStage.Titles => $"drawing {value.Total:N0} titles",
        CorpusStage.Writing => $"writing papers {value.Done:N0}/{value.Total:N0}",
        _ => "done",
    };
}
