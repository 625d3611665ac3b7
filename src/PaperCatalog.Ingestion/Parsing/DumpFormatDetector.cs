namespace PaperCatalog.Ingestion.Parsing;

/// <summary>Tells a dump's format from its content; file names are never trusted.</summary>
internal static class DumpFormatDetector
{
    /// <summary>The format of <paramref name="lines"/>, or <c>null</c> when it is none we know.</summary>
    public static DumpFormat? Detect(IReadOnlyList<DumpLine> lines)
    {
        // Not copied into a list: a large dump has hundreds of thousands of lines, and each test below reads them once.
        var content = lines.Where(static l => !LineClassifier.IsChrome(l.Text));
        var contentLines = 0;
        var abstractLines = 0;
        foreach (var line in content)
        {
            contentLines++;
            abstractLines += AbstractPerLineParser.IsAbstractLine(line.Text) ? 1 : 0;
        }

        if (contentLines == 0)
        {
            return null;
        }

        if (abstractLines * 2 >= contentLines)
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
        return hasSearchPageChrome || StartsWithTitleAndAbstract(content.Take(2).ToList()) ? DumpFormat.TitleAbstractPairs : null;
    }

    private static bool StartsWithTitleAndAbstract(List<DumpLine> firstContentLines)
    {
        if (firstContentLines.Count < 2)
        {
            return false;
        }

        var title = firstContentLines[0].Text.StartsWith("Subscribe", StringComparison.Ordinal) ? firstContentLines[0].Text[9..] : firstContentLines[0].Text;
        var abstractText = firstContentLines[1].Text;
        return title.Length > 0
            && LineClassifier.LooksLikeTitle(title)
            && !LineClassifier.LooksLikeTitle(abstractText);
    }
}
