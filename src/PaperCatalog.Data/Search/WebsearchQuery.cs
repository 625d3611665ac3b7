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
    /// Whether <paramref name="query"/> holds a word PostgreSQL searches for, not excluded: a run of letters or
    /// digits other than its English stop words ("the", "of"), or a hyphenated compound ("how-to"), which the
    /// parser keeps whole. Punctuation alone ("!!!") holds none; markup is no exception ("&lt;b&gt;" searches for "b").
    /// </summary>
    public static bool HasSearchableWords(string query)
    {
        var kept = ExcludedPhrase().Replace(query, " ");
        return Word().Matches(kept).Any(word =>
            !IsExcluded(word) && (word.Value.Contains('-', StringComparison.Ordinal) || !EnglishStopWords.All.Contains(word.Value)));

        bool IsExcluded(Match word) => word.Index > 0 && kept[word.Index - 1] == '-' && (word.Index == 1 || char.IsWhiteSpace(kept[word.Index - 2]));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    // An unclosed quote runs to the end, as websearch_to_tsquery reads it.
    [GeneratedRegex("(?<![^\\s])-\"[^\"]*\"?")]
    private static partial Regex ExcludedPhrase();
}
