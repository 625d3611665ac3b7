using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// What the seed dumps say about real papers: how often each word is used in titles and in
/// abstracts, how long titles and abstracts are, and the years, author counts and organizations shown.
/// </summary>
/// <remarks>
/// Words are split on spaces only, so they keep their case and attached punctuation ("(SOTA)",
/// "models.", "Structure-CLIP:"), as a text search meets them. Words the generated text could not
/// carry unchanged, or that are evidence for a tag, are left out (see <see cref="TokenFilter"/>).
/// A paper found in several seed dumps counts once.
/// </remarks>
public sealed class SeedVocabulary
{
    private SeedVocabulary(WordCounts titleWords, WordCounts abstractWords, SeedShapes shapes)
    {
        TitleWords = titleWords.Words;
        TitleWordCounts = titleWords.Counts;
        AbstractWords = abstractWords.Words;
        AbstractWordCounts = abstractWords.Counts;
        (Papers, TitleLengths, AbstractLengths, AuthorCounts, Years, Organizations) =
            (shapes.Papers, shapes.TitleLengths, shapes.AbstractLengths, shapes.AuthorCounts, shapes.Years, shapes.Organizations);
    }

    /// <summary>The distinct seed papers the vocabulary was learned from.</summary>
    public int Papers { get; }

    public IReadOnlyList<string> TitleWords { get; }

    /// <summary>How often each of <see cref="TitleWords"/> occurs, index for index.</summary>
    public IReadOnlyList<int> TitleWordCounts { get; }

    public IReadOnlyList<string> AbstractWords { get; }

    /// <summary>How often each of <see cref="AbstractWords"/> occurs, index for index.</summary>
    public IReadOnlyList<int> AbstractWordCounts { get; }

    /// <summary>The length in words of every seed title (an empirical distribution to draw from).</summary>
    public IReadOnlyList<int> TitleLengths { get; }

    /// <summary>The length in words of every seed abstract.</summary>
    public IReadOnlyList<int> AbstractLengths { get; }

    /// <summary>Every author count a seed byline shows.</summary>
    public IReadOnlyList<int> AuthorCounts { get; }

    /// <summary>How many seed papers show each explicit publication year.</summary>
    public IReadOnlyDictionary<int, int> Years { get; }

    /// <summary>The organizations seed bylines name instead of authors.</summary>
    public IReadOnlyList<string> Organizations { get; }

    /// <summary>The vocabulary of the seed dumps bundled with this assembly.</summary>
    public static async Task<SeedVocabulary> LoadAsync(CancellationToken cancellation = default) =>
        FromRecords(await SeedDumps.ReadEmbeddedAsync(cancellation));

    /// <summary>The vocabulary of the dumps in <paramref name="folder"/>.</summary>
    public static async Task<SeedVocabulary> LoadAsync(string folder, CancellationToken cancellation = default) =>
        FromRecords(await SeedDumps.ReadFolderAsync(folder, cancellation));

    /// <summary>The vocabulary of <paramref name="records"/>.</summary>
    public static SeedVocabulary FromRecords(IEnumerable<PaperRecord> records)
    {
        var titleWords = new WordCounts();
        var abstractWords = new WordCounts();
        var shapes = new SeedShapes();
        var seen = new HashSet<Guid>();
        foreach (var record in records)
        {
            if (!seen.Add(record.AbstractKey))
            {
                continue;
            }

            if (record.Title is { } title)
            {
                shapes.TitleLengths.Add(Count(title, titleWords, TokenFilter.IsUsableInTitle));
            }

            shapes.AbstractLengths.Add(Count(record.Abstract, abstractWords, TokenFilter.IsUsable));
            shapes.Add(record);
        }

        return new SeedVocabulary(titleWords, abstractWords, shapes);
    }

    /// <returns>The number of words in <paramref name="text"/>, usable or not.</returns>
    private static int Count(string text, WordCounts counts, Func<string, bool> usable)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (usable(word))
            {
                counts.Add(word);
            }
        }

        return words.Length;
    }
}
