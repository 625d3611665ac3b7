using PaperCatalog.Domain.Papers;
using PaperCatalog.Importing;
using PaperCatalog.Ingestion;

namespace PaperCatalog.Cli.Evaluation;

/// <summary>
/// The papers a folder of seed dumps gives, merged exactly as an import merges them, and found the
/// way label sources name them: by file name prefix and the line a record of the paper starts on.
/// </summary>
/// <remarks>
/// A paper seen in several dumps is scored as the catalog holds it (a real title replacing a derived
/// one, the newest abstract), since that is what the automatic tagger sees after an import.
/// </remarks>
internal sealed class SeedPapers
{
    private readonly Dictionary<(string Prefix, int Line), SeedPaper> _bySource;

    private SeedPapers(Dictionary<(string, int), SeedPaper> bySource) => _bySource = bySource;

    /// <summary>Reads every visible file in <paramref name="folder"/>, in name order, as an import of the folder does.</summary>
    /// <exception cref="DumpFileException">A seed file is refused.</exception>
    /// <exception cref="FormatException">Two files share a prefix, so sources would be ambiguous.</exception>
    public static async Task<SeedPapers> ReadAsync(string folder, CancellationToken cancellation)
    {
        var reader = new DumpReader(new DumpReadOptions());
        var merger = new RecordMerger(DateTimeOffset.UnixEpoch);
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        var bySource = new Dictionary<(string, int), SeedPaper>();
        foreach (var file in DumpInput.FromPaths([folder]))
        {
            var prefix = PrefixOf(file.Name);
            if (!prefixes.TryAdd(prefix, file.Name))
            {
                throw new FormatException($"{prefixes[prefix]} and {file.Name} share the prefix '{prefix}', so a source such as {prefix}:1 could mean either.");
            }

            var dump = await reader.ReadFileAsync(file.Path!, cancellation);
            foreach (var record in dump.Records)
            {
                bySource[(prefix, record.LineNumber)] = new SeedPaper(record, merger.Merge(record));
            }
        }

        return new SeedPapers(bySource);
    }

    /// <summary>The paper with a record on the labeled line, or <c>null</c> when no record starts there.</summary>
    public SeedPaper? Find(LabeledPaper label) => _bySource.GetValueOrDefault((label.FilePrefix, label.Line));

    // "001_6e52ae5627ce65b1.txt" is "001": the part before the first underscore, or the name without extension.
    private static string PrefixOf(string fileName)
    {
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        return underscore > 0 ? fileName[..underscore] : Path.GetFileNameWithoutExtension(fileName);
    }
}

/// <summary>A labeled source: the record on that line, and the paper all of its dumps make together.</summary>
internal sealed record SeedPaper(PaperRecord Record, Paper Paper);
