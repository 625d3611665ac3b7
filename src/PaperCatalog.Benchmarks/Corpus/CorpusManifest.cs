using System.Text.Json;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// What a corpus folder holds (<see cref="CorpusLayout.ManifestFileName"/>): the papers, the files
/// in corpus order, their sizes and the TSV's columns. It holds nothing that changes from run to run
/// (no timings), so the same seed gives the same manifest, byte for byte.
/// </summary>
/// <param name="Files">The dump files, in corpus order; papers appear in them in the TSV's order.</param>
/// <param name="DumpBytes">The size of all dump files together.</param>
/// <param name="RawTextBytes">The UTF-8 size of every title and abstract, without any markup.</param>
/// <param name="Columns">The TSV's columns, in order (<see cref="CorpusLayout.Columns"/>).</param>
/// <param name="TagCounts">How many papers each technique was planted in, by slug.</param>
/// <param name="TailWords">How many made-up words the long tail of the vocabulary has.</param>
/// <param name="SuffixedTitles">How many titles got a suffix to keep title keys unique.</param>
/// <param name="ProbeTerms">Words found in about 0.01%, 0.1%, 1%, 5% and 20% of papers, with their exact counts.</param>
public sealed record CorpusManifest(
    int Version,
    int Papers,
    int Seed,
    int PapersPerFile,
    IReadOnlyList<CorpusFile> Files,
    string TsvFile,
    long DumpBytes,
    long TsvBytes,
    long RawTextBytes,
    IReadOnlyList<string> Columns,
    IReadOnlyDictionary<string, int> TagCounts,
    int TailWords,
    int SuffixedTitles,
    IReadOnlyList<ProbeTerm> ProbeTerms)
{
    /// <summary>The manifest format's version.</summary>
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The TSV's full path, for a corpus in <paramref name="folder"/>.</summary>
    public string TsvPath(string folder) => Path.Combine(folder, TsvFile);

    /// <summary>The dump files' full paths, in corpus order, for a corpus in <paramref name="folder"/>.</summary>
    public IReadOnlyList<string> DumpPaths(string folder) => [.. Files.Select(f => Path.Combine(folder, f.Name))];

    /// <summary>Reads the manifest of the corpus in <paramref name="folder"/>.</summary>
    /// <exception cref="FileNotFoundException">The folder holds no corpus.</exception>
    public static async Task<CorpusManifest> ReadAsync(string folder, CancellationToken cancellation = default)
    {
        await using var stream = File.OpenRead(Path.Combine(folder, CorpusLayout.ManifestFileName));
        return await JsonSerializer.DeserializeAsync<CorpusManifest>(stream, Json, cancellation)
            ?? throw new InvalidDataException($"{CorpusLayout.ManifestFileName} in {folder} is empty.");
    }

    internal async Task WriteAsync(string folder, CancellationToken cancellation)
    {
        await using var stream = File.Create(Path.Combine(folder, CorpusLayout.ManifestFileName));
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellation);
    }
}

/// <summary>One dump file of a corpus.</summary>
/// <param name="FirstPaper">The 0-based position in the corpus (and the TSV row) of the file's first paper.</param>
public sealed record CorpusFile(string Name, int FirstPaper, int Papers, long Bytes);

/// <summary>A made-up word and the exact number of papers (title or abstract) that contain it.</summary>
/// <remarks>
/// Probe terms are lower-case words that PostgreSQL's English configuration keeps as they are, so the
/// word is its own lexeme and <see cref="Papers"/> is the number of papers a search for it must find.
/// </remarks>
/// <param name="TargetFraction">The share of papers the term was chosen to be close to.</param>
/// <param name="Fraction">The share it is really in: <see cref="Papers"/> over the corpus size.</param>
public sealed record ProbeTerm(double TargetFraction, string Term, int Papers, double Fraction);
