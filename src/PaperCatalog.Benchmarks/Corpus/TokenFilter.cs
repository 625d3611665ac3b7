using System.Globalization;
using System.Net;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Decides which words may appear in generated text, so that every line reads back unchanged.
/// </summary>
/// <remarks>
/// The dump reader trims lines, folds any kind of space into one and decodes HTML entities. A word
/// is kept only when none of that can change it; then a line of such words joined by single spaces
/// reads back exactly as written, and the TSV holds the same text as the dumps.
/// </remarks>
internal static class TokenFilter
{
    /// <summary>True when <paramref name="word"/> can be written into a title or an abstract.</summary>
    public static bool IsUsable(string word) =>
        word.Length is > 0 and <= 60
        && IsPlain(word)
        && (!word.Contains('&') || WebUtility.HtmlDecode(word) == word)
        && !TagEvidence.Matches(word);

    /// <summary>True when <paramref name="word"/> may also appear in a title: nothing a reader could take for a byline or a separator.</summary>
    public static bool IsUsableInTitle(string word) =>
        IsUsable(word) && word is not ("•" or "·");

    private static bool IsPlain(string word)
    {
        foreach (var c in word)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
            {
                return false;
            }
        }

        return true;
    }
}
