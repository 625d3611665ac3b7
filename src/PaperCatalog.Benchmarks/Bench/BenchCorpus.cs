namespace PaperCatalog.Benchmarks.Bench;

/// <summary>A generated corpus on disk: its dump files (what the app imports) and its TSV (what psql copies).</summary>
internal sealed record BenchCorpus(string Directory, int Papers)
{
    public string TsvPath => Path.Combine(Directory, "corpus.tsv");

    /// <summary>Every dump file of the folder: all but the TSV and the manifest (so the seed folder works too).</summary>
    public IReadOnlyList<string> DumpFiles =>
        [.. System.IO.Directory.EnumerateFiles(Directory)
            .Where(static f => Path.GetFileName(f) is not ("corpus.tsv" or "corpus.json") && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The raw corpus: every field of every paper as text, which is what the TSV holds.</summary>
    public long RawBytes => new FileInfo(TsvPath).Length;

    /// <summary>The TSV's columns, in order.</summary>
    public const string Columns = "title, abstract, published_on, upvotes, author_count, organization, tags";
}
