using PaperCatalog.Benchmarks.Corpus;
using static System.FormattableString;

namespace PaperCatalog.Cli.Output;

/// <summary>Prints what a corpus generation wrote, and how fast.</summary>
internal static class CorpusSummaryText
{
    public static async Task WriteAsync(CorpusManifest manifest, string folder, TimeSpan elapsed, TextWriter writer)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        await writer.WriteLineAsync(Invariant($"Generated {manifest.Papers:N0} papers (seed {manifest.Seed}) in {folder}"));
        await writer.WriteLineAsync(Invariant($"  dump files:  {manifest.Files.Count:N0}, {Size(manifest.DumpBytes)}"));
        await writer.WriteLineAsync(Invariant($"  {manifest.TsvFile}:  {Size(manifest.TsvBytes)}"));
        await writer.WriteLineAsync(Invariant($"  raw text:    {Size(manifest.RawTextBytes)} of titles and abstracts"));
        await writer.WriteLineAsync(Invariant($"  probe terms: {string.Join(", ", manifest.ProbeTerms.Select(static p => Invariant($"{p.Term} {p.Fraction:0.####%}")))}"));
        await writer.WriteLineAsync(Invariant($"  time:        {seconds:0.0} s, {manifest.Papers / seconds:N0} papers/s"));
    }

    private static string Size(long bytes) => Invariant($"{bytes / 1024.0 / 1024.0:N1} MB ({bytes:N0} bytes)");
}
