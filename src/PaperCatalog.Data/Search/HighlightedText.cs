using System.Net;
using System.Text;

namespace PaperCatalog.Data.Search;

/// <summary>
/// Text cut into plain and matching segments, so that pages can mark matches without ever
/// rendering dump text as HTML.
/// </summary>
public sealed record HighlightedText(IReadOnlyList<HighlightedText.Segment> Segments)
{
    /// <summary>Marks ts_headline puts around matches: characters that paper text practically never holds.</summary>
    public const string StartMark = "\u2983";
    public const string StopMark = "\u2984";

    public sealed record Segment(string Text, bool IsMatch);

    public static HighlightedText Plain(string text) => new([new Segment(text, false)]);

    /// <summary>Marks the given character ranges of <paramref name="text"/>; overlapping ranges merge, ranges outside it are ignored.</summary>
    public static HighlightedText FromRanges(string text, IEnumerable<(int Start, int Length)> ranges)
    {
        var marked = new bool[text.Length];
        foreach (var (start, length) in ranges)
        {
            for (var i = Math.Max(0, start); i < Math.Min(text.Length, start + length); i++)
            {
                marked[i] = true;
            }
        }

        var segments = new List<Segment>();
        var begin = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || marked[i] != marked[begin])
            {
                segments.Add(new Segment(text[begin..i], text.Length > 0 && marked[begin]));
                begin = i;
            }
        }

        return new HighlightedText(segments);
    }

    /// <summary>Reads ts_headline output; text that itself holds the marks is shown plain.</summary>
    public static HighlightedText FromHeadline(string headline, string original)
    {
        if (original.Contains(StartMark, StringComparison.Ordinal) || original.Contains(StopMark, StringComparison.Ordinal))
        {
            return Plain(original);
        }

        var segments = new List<Segment>();
        foreach (var (part, index) in headline.Split(StartMark).Select((p, i) => (p, i)))
        {
            var stop = part.IndexOf(StopMark, StringComparison.Ordinal);
            if (index == 0 || stop < 0)
            {
                AddIfAny(segments, part.Replace(StopMark, "", StringComparison.Ordinal), false);
                continue;
            }

            AddIfAny(segments, part[..stop], true);
            AddIfAny(segments, part[(stop + StopMark.Length)..], false);
        }

        return new HighlightedText(segments);
    }

    /// <summary>Marks with "…" where this passage starts after, or ends before, the text it is cut from.</summary>
    public HighlightedText AsExcerptOf(string original)
    {
        var text = Text.Trim();
        var segments = Segments.ToList();
        if (text.Length > 0 && !original.StartsWith(text[..Math.Min(20, text.Length)], StringComparison.Ordinal))
        {
            segments.Insert(0, new Segment("… ", false));
        }

        if (text.Length > 0 && !original.TrimEnd().EndsWith(text[^Math.Min(20, text.Length)..], StringComparison.Ordinal))
        {
            segments.Add(new Segment(" …", false));
        }

        return new HighlightedText(segments);
    }

    public string Text => string.Concat(Segments.Select(static s => s.Text));

    public bool HasMatches => Segments.Any(static s => s.IsMatch);

    /// <summary>HTML-encoded text with matches in &lt;mark&gt;: safe to put into a page as it is.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var segment in Segments)
        {
            var encoded = WebUtility.HtmlEncode(segment.Text);
            html.Append(segment.IsMatch ? $"<mark>{encoded}</mark>" : encoded);
        }

        return html.ToString();
    }

    private static void AddIfAny(List<Segment> segments, string text, bool isMatch)
    {
        if (text.Length > 0)
        {
            segments.Add(new Segment(text, isMatch));
        }
    }
}
