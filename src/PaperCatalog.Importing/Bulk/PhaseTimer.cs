using System.Diagnostics;

namespace PaperCatalog.Importing.Bulk;

/// <summary>Times an import's consecutive phases, so that a benchmark can set each beside its baseline.</summary>
internal sealed class PhaseTimer
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<KeyValuePair<string, TimeSpan>> _phases = [];
    private TimeSpan _last;

    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Phases => _phases;

    /// <summary>Ends the phase that started when the previous one ended.</summary>
    public void End(string phase)
    {
        var now = _clock.Elapsed;
        _phases.Add(new(phase, now - _last));
        _last = now;
    }
}
