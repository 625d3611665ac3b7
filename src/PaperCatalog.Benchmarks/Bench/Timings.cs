using System.Diagnostics;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>Samples of one measured path, summarized as percentiles.</summary>
internal sealed class Timings
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public IReadOnlyList<double> Samples => _milliseconds;

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double Total => _milliseconds.Sum();

    /// <summary>Times <paramref name="action"/> once and keeps the sample.</summary>
    public async Task<T> MeasureAsync<T>(Func<Task<T>> action)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await action();
        Add(stopwatch.Elapsed);
        return result;
    }

    // Nearest-rank percentile: a reported figure is always one that was measured.
    private double Percentile(double fraction)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
