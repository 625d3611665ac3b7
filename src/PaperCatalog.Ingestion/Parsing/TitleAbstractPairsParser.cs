namespace PaperCatalog.Ingestion.Parsing;

/// <summary>
/// Reads papers-search pages: chrome, then a title line and an abstract line per paper.
/// </summary>
internal static class TitleAbstractPairsParser
{
    private const string GluedChrome = "Subscribe";

    public static ParseResult Parse(IReadOnlyList<DumpLine> lines)
    {
        var result = new ParseResult();
        var content = WithoutChrome(lines);
        var i = 0;
        while (i < content.Count)
        {
            var title = content[i];
            if (!LineClassifier.LooksLikeTitle(title.Text))
            {
                result.Reject(title, $"expected a title, found a paragraph of {title.Text.Length} characters (an abstract without its title?)");
                i++;
                continue;
            }

            if (i + 1 == content.Count)
            {
                result.Reject(title, "the last record is cut off: a title with no abstract at the end of the file");
                break;
            }

            if (StartsNextRecord(content, i + 1))
            {
                result.Reject(title, "a title with no abstract: the next line is another title");
                i++;
                continue;
            }

            result.Entries.Add(new ParsedEntry(title.Number, title.Text, content[i + 1].Text));
            i += 2;
        }

        return result;
    }

    /// <summary>True when the line at <paramref name="index"/> is a title followed by its abstract.</summary>
    internal static bool StartsNextRecord(IReadOnlyList<DumpLine> lines, int index) =>
        index + 1 < lines.Count
        && LineClassifier.LooksLikeTitle(lines[index].Text)
        && !LineClassifier.LooksLikeTitle(lines[index + 1].Text);

    // The page's "Subscribe" button text is copied glued to the first title, but a title may
    // itself start with "Subscriber", "Subscribed" and the like.
    private static bool IsGluedToChrome(string text) =>
        text.Length > GluedChrome.Length
        && text.StartsWith(GluedChrome, StringComparison.Ordinal)
        && !WordContinuations.Any(c => text.AsSpan(GluedChrome.Length).StartsWith(c, StringComparison.Ordinal));

    private static readonly string[] WordContinuations = ["r ", "rs ", "d ", "s ", "r-", "rs'", "r'"];

    private static List<DumpLine> WithoutChrome(IReadOnlyList<DumpLine> lines)
    {
        var content = new List<DumpLine>(lines.Count);
        var inChrome = true;
        foreach (var line in lines)
        {
            if (inChrome && LineClassifier.IsChrome(line.Text))
            {
                continue;
            }

            if (inChrome && IsGluedToChrome(line.Text))
            {
                content.Add(line with { Text = line.Text[GluedChrome.Length..].TrimStart() });
            }
            else
            {
                content.Add(line);
            }

            inChrome = false;
        }

        return content;
    }
}
