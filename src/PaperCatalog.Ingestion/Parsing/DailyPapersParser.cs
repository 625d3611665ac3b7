namespace PaperCatalog.Ingestion.Parsing;

/// <summary>
/// Reads Daily Papers pages: chrome, a page date, then blocks of
/// title, abstract, an optional byline ("• N authors" or an organization) and
/// an optional "·" line followed by a date with an optional upvote count.
/// </summary>
internal static class DailyPapersParser
{
    public static ParseResult Parse(IReadOnlyList<DumpLine> lines)
    {
        var result = new ParseResult();
        var i = SkipHeader(lines, result);
        while (i < lines.Count)
        {
            i = ReadBlock(lines, i, result);
        }

        return result;
    }

    private static int SkipHeader(IReadOnlyList<DumpLine> lines, ParseResult result)
    {
        var i = 0;
        for (; i < lines.Count; i++)
        {
            var kind = LineClassifier.Classify(lines[i].Text);
            if (kind == LineKind.Date && LineClassifier.TryReadDate(lines[i].Text, out var pageDate, out _))
            {
                result.PageDate = pageDate;
            }
            else if (kind != LineKind.Chrome)
            {
                break;
            }
        }

        return i;
    }

    /// <returns>The index of the line after the block.</returns>
    private static int ReadBlock(IReadOnlyList<DumpLine> lines, int i, ParseResult result)
    {
        var title = lines[i];
        var kind = LineClassifier.Classify(title.Text);
        if (kind == LineKind.Chrome)
        {
            return i + 1;
        }

        if (kind != LineKind.Text || !LineClassifier.LooksLikeTitle(title.Text))
        {
            result.Reject(title, kind == LineKind.Text
                ? $"expected a title, found a paragraph of {title.Text.Length} characters (an abstract without its title?)"
                : $"expected a title, found '{title.Text}'");
            return i + 1;
        }

        if (i + 1 == lines.Count)
        {
            result.Reject(title, "the last record is cut off: a title with no abstract at the end of the file");
            return i + 1;
        }

        if (LineClassifier.Classify(lines[i + 1].Text) != LineKind.Text || TitleAbstractPairsParser.StartsNextRecord(lines, i + 1))
        {
            result.Reject(title, "a title with no abstract");
            return i + 1;
        }

        var tail = BlockTail.Read(lines, i + 2);
        if (tail.Problem is { } problem)
        {
            result.Reject(title, problem);
        }
        else
        {
            result.Entries.Add(new ParsedEntry(title.Number, title.Text, lines[i + 1].Text, tail.Date, tail.AuthorCount, tail.Organization, tail.Upvotes));
        }

        return tail.Next;
    }
}
