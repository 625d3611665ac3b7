using System.Text.RegularExpressions;
using PaperCatalog.Domain.Text;

namespace PaperCatalog.Domain.Papers;

/// <summary>
/// Builds a readable title for a paper whose dump gives only an abstract.
/// </summary>
/// <remarks>
/// Abstracts usually name their contribution ("we propose FreeKD, a ..." or
/// "a unified framework, called KPOD"), which reads far better as a title than an opening
/// sentence about prior work; the first sentence is the fallback.
/// </remarks>
public static partial class DerivedTitle
{
    /// <summary>The longest derived title, in characters, before it is shortened with an ellipsis.</summary>
    public const int MaxLength = 110;

    /// <summary>Derives a title from <paramref name="abstractText"/>.</summary>
    public static string From(string abstractText)
    {
        var text = abstractText.Trim();
        var name = NamedAfter().Match(text) is { Success: true } named ? named.Groups["name"].Value : null;
        var proposal = Proposal().Match(text);
        if (proposal.Success)
        {
            name ??= proposal.Groups["name"].Success ? proposal.Groups["name"].Value : null;
            var description = TrailingName().Replace(proposal.Groups["desc"].Value, "").TrimEnd();
            if (name is not null && description.Length > 0)
            {
                return Shorten($"{name}: {description}");
            }
        }

        return Shorten(FirstSentence(text));
    }

    private static string FirstSentence(string text)
    {
        var end = SentenceEnd().Match(text);
        return end.Success ? text[..end.Index] : text;
    }

    private static string Shorten(string title)
    {
        title = title.Trim().TrimEnd('.', ',', ';', ':');
        if (title.Length <= MaxLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', MaxLength - 1);
        var kept = title[..(cut > MaxLength / 2 ? cut : TextClip.SafeCut(title, MaxLength - 1))];
        return kept.TrimEnd(',', ';', ':', ' ') + "…";
    }

    [GeneratedRegex(@"\b(?:called|named|dubbed|termed|coined)\s+(?<name>[A-Z][\w+\-]*)")]
    private static partial Regex NamedAfter();

    // "we propose PlanKD, the first ..." or "we introduce a unified framework, called KPOD, ..."
    [GeneratedRegex(@"\b(?:propose|introduce|present|develop)s?\s+(?:(?<name>[A-Z][\w+\-]*[A-Z0-9][\w+\-]*(?:\s[A-Z][\w+\-]*)?)\s*(?:\([^)]*\))?\s*[,:]\s*)?(?<desc>(?:a|an|the)\s[^.;:?!]+)")]
    private static partial Regex Proposal();

    [GeneratedRegex(@",?\s*(?:called|named|dubbed|termed|coined)\s+[A-Z][\w+\-]*.*$")]
    private static partial Regex TrailingName();

    [GeneratedRegex(@"[.?!](?=\s+[A-Z]|$)")]
    private static partial Regex SentenceEnd();
}
