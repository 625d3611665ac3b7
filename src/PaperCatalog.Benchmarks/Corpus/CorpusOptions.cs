using PaperCatalog.Ingestion;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>What corpus to generate, and where.</summary>
public sealed record CorpusOptions
{
    public const int DefaultSeed = 42;
    public const int DefaultPapersPerFile = 20_000;

    /// <summary>
    /// The most papers one dump file may hold: at about 1.6 KB a paper, 25,000 papers (40 MB) stay well under
    /// the reader's 50 MB limit (<see cref="DumpReadOptions.DefaultMaxFileBytes"/>), which is also checked on every file.
    /// </summary>
    public const int MaxPapersPerFile = 25_000;

    /// <summary>The most papers a corpus may have: title fingerprints take 8 bytes a paper while generating.</summary>
    public const int MaxPapers = 20_000_000;

    /// <summary>How many papers to generate.</summary>
    public required int Papers { get; init; }

    /// <summary>The folder to write into; created when missing, and earlier corpus files in it are replaced.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>The same seed gives the same bytes, whatever the machine or the number of threads.</summary>
    public int Seed { get; init; } = DefaultSeed;

    public int PapersPerFile { get; init; } = DefaultPapersPerFile;

    /// <summary>How many files are generated at once; the number of processors when not set.</summary>
    public int? Parallelism { get; init; }

    /// <summary>The number of dump files the corpus will have.</summary>
    public int FileCount => (int)(((long)Papers + PapersPerFile - 1) / PapersPerFile);

    /// <summary>What is wrong with these options; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Papers is < 1 or > MaxPapers)
        {
            problems.Add($"the number of papers must be from 1 to {MaxPapers:N0}, not {Papers:N0}");
        }

        if (PapersPerFile is < 1 or > MaxPapersPerFile)
        {
            problems.Add($"papers per file must be from 1 to {MaxPapersPerFile:N0}, not {PapersPerFile:N0}");
        }
        else if (Papers >= 1 && FileCount > CorpusLayout.MaxFiles)
        {
            problems.Add($"{Papers:N0} papers at {PapersPerFile:N0} a file would make {FileCount:N0} files; at most {CorpusLayout.MaxFiles:N0} are allowed");
        }

        if (string.IsNullOrWhiteSpace(OutputFolder))
        {
            problems.Add("an output folder is needed");
        }

        if (Parallelism is < 1)
        {
            problems.Add("parallelism must be at least 1");
        }

        return problems;
    }
}
