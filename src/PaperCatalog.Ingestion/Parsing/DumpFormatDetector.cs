namespace PaperCatalog.Ingestion.Parsing;

/// <summary>Tells a dump's format from its content; file names are never trusted.</summary>
internal static class DumpFormatDetector
{
    /// <summary>The format of <paramref name="lines"/>, or <c>null</c> when it is none we know.</summary>
    public static DumpFormat? Detect(IReadOnlyList<DumpLine> lines)
    {
        var content = lines.Where(static l => !LineClassifier.IsChrome(l.Text)).ToList();
        if (content.Count == 0)
        {
            return null;
        }

        var abstractLines = content.Count(static l => AbstractPerLineParser.IsAbstractLine(l.Text));
        if (abstractLines * 2 >= content.Count)
        {
            return DumpFormat.AbstractPerLine;
        }

        var hasDailyPapersShape = content.Any(static l => LineClassifier.Classify(l.Text) is LineKind.Separator or LineKind.Authors)
            || lines.Any(static l => l.Text.Equals("Daily Papers", StringComparison.OrdinalIgnoreCase));
        if (hasDailyPapersShape)
        {
            return DumpFormat.DailyPapers;
        }

        var hasSearchPageChrome = lines.Any(static l => l.Text.StartsWith("Get trending papers", StringComparison.OrdinalIgnoreCase));
        return hasSearchPageChrome || StartsWithTitleAndAbstract(content) ? DumpFormat.TitleAbstractPairs : null;
    }

    private static bool StartsWithTitleAndAbstract(List<DumpLine> content)
    {
        if (content.Count < 2)
        {
            return false;
        }

        var title = content[0].Text.StartsWith("Subscribe", StringComparison.Ordinal) ? content[0].Text[9..] : content[0].Text;
        var abstractText = content[1].Text;
        return title.Length > 0
            && LineClassifier.LooksLikeTitle(title)
            && !LineClassifier.LooksLikeTitle(abstractText);
    }
}
