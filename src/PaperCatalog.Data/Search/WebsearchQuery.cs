using System.Text.RegularExpressions;

namespace PaperCatalog.Data.Search;

/// <summary>What the app needs to know of a query in <c>websearch_to_tsquery</c> syntax before PostgreSQL reads it.</summary>
internal static partial class WebsearchQuery
{
    /// <summary>Whether every word and phrase of <paramref name="query"/> is excluded (<c>-word</c>, <c>-"a phrase"</c>).</summary>
    public static bool ExcludesOnly(string query)
    {
        var rest = ExcludedPhrase().Replace(query, " ");
        if (rest.Contains('"', StringComparison.Ordinal))
        {
            return false;
        }

        var words = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(static word => !word.Equals("or", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return words.All(static word => word.Length > 1 && word[0] == '-');
    }

    /// <summary>
    /// Whether <paramref name="query"/> holds a word PostgreSQL searches for: any run of letters or digits but its
    /// English stop words ("the", "of"). Punctuation alone ("!!!") holds none.
    /// </summary>
    public static bool HasSearchableWords(string query) =>
        Word().Matches(query).Any(static word => !EnglishStopWords.All.Contains(word.Value));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    // An unclosed quote runs to the end, as websearch_to_tsquery reads it.
    [GeneratedRegex("(?<![^\\s])-\"[^\"]*\"?")]
    private static partial Regex ExcludedPhrase();
}
