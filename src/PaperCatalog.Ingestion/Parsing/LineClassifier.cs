using System.Globalization;
using System.Text.RegularExpressions;
using PaperCatalog.Ingestion.Dates;

namespace PaperCatalog.Ingestion.Parsing;

/// <summary>
/// Recognizes the fixed kinds of lines that Hugging Face paper pages are made of.
/// </summary>
internal static partial class LineClassifier
{
    private static readonly HashSet<string> ChromeLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "new",
        "Subscribe",
        "Daily Papers",
        "byAK and the research community",
        "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
    };

    // Page furniture is short: an abstract line is not hashed whole to learn that it is none of it.
    private static readonly int LongestChromeLine = ChromeLines.Max(static line => line.Length);

    /// <summary>The longest line that can be a title; abstracts are longer.</summary>
    public const int MaxTitleLength = 300;

    public static LineKind Classify(string text) => text switch
    {
        "·" => LineKind.Separator,
        _ when IsChrome(text) => LineKind.Chrome,
        _ when AuthorsPattern().IsMatch(text) => LineKind.Authors,
        _ when TryReadDate(text, out _, out _) => LineKind.Date,
        _ => LineKind.Text,
    };

    /// <summary>True when <paramref name="text"/> is page furniture such as "Subscribe".</summary>
    public static bool IsChrome(string text) => text.Length <= LongestChromeLine && ChromeLines.Contains(text);

    /// <summary>Reads "• 11 authors" or "1 author".</summary>
    public static int? AuthorCount(string text) =>
        AuthorsPattern().Match(text) is { Success: true } m && int.TryParse(m.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Reads a date line and the upvote count that may follow it.</summary>
    public static bool TryReadDate(string text, out PartialDate date, out int? upvotes)
    {
        date = default;
        upvotes = null;
        var match = DatePattern().Match(text);
        if (!match.Success || PartialDate.MonthFrom(match.Groups["month"].Value) is not { } month)
        {
            return false;
        }

        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) : null;
        date = new PartialDate(month, int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture), year);
        if (match.Groups["votes"].Success && int.TryParse(match.Groups["votes"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var votes))
        {
            upvotes = votes;
        }

        return date.IsPossible;
    }

    /// <summary>
    /// True when a line reads like a title rather than an abstract: titles are short and are
    /// not prose, which ends in a full stop or runs over several sentences.
    /// </summary>
    public static bool LooksLikeTitle(string text) =>
        text.Length <= MaxTitleLength
        && (WordCount(text) < MinProseWords || (!text.EndsWith('.') && !SentenceBreak().IsMatch(text)));

    private const int MinProseWords = 12;

    private static int WordCount(string text) => text.AsSpan().Count(' ') + 1;

    /// <summary>A bullet line that is not a whole author count: a byline cut off mid-way.</summary>
    public static bool IsBrokenByline(string text) => text.StartsWith('•') && AuthorCount(text) is null;

    [GeneratedRegex(@"[a-z0-9)]\. [A-Z]")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(?:•\s*)?(?<n>\d{1,5})\s+authors?$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorsPattern();

    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9}\.?)\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?(?:\s+(?<votes>\d{1,7}))?$")]
    private static partial Regex DatePattern();
}
