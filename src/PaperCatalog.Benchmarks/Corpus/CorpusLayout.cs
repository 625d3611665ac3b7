using System.Globalization;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>The names of the files a corpus folder holds.</summary>
public static class CorpusLayout
{
    /// <summary>The manifest, <see cref="CorpusManifest"/> as JSON.</summary>
    public const string ManifestFileName = "corpus.json";

    /// <summary>Every paper as a row of PostgreSQL COPY text; see <see cref="Columns"/>.</summary>
    public const string TsvFileName = "corpus.tsv";

    /// <summary>File numbers have five digits, so file names sort in corpus order.</summary>
    public const int MaxFiles = 100_000;

    private const string DumpPrefix = "corpus-";

    /// <summary>The TSV's columns, in order: title, abstract, published_on, upvotes, author_count, organization, tags.</summary>
    public static IReadOnlyList<string> Columns => CopyTextWriter.Columns;

    /// <summary>The dump file with the given number: "corpus-00000.txt" for the first.</summary>
    public static string DumpFileName(int file) => DumpPrefix + file.ToString("D5", CultureInfo.InvariantCulture) + ".txt";

    /// <summary>Deletes what an earlier corpus left in <paramref name="folder"/>, which would otherwise be read with this one.</summary>
    internal static void Clear(string folder)
    {
        foreach (var stale in Directory.EnumerateFiles(folder, DumpPrefix + "*.txt"))
        {
            File.Delete(stale);
        }

        File.Delete(Path.Combine(folder, TsvFileName));
        File.Delete(Path.Combine(folder, ManifestFileName));
    }
}
