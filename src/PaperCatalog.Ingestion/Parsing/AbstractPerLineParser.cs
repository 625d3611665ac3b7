namespace PaperCatalog.Ingestion.Parsing;

/// <summary>Reads dumps of one <c>Abstract:&lt;text&gt;</c> line per paper.</summary>
internal static class AbstractPerLineParser
{
    public const string Prefix = "Abstract:";

    public static bool IsAbstractLine(string text) => text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    public static ParseResult Parse(IReadOnlyList<DumpLine> lines)
    {
        var result = new ParseResult();
        foreach (var line in lines)
        {
            if (!IsAbstractLine(line.Text))
            {
                if (!LineClassifier.IsChrome(line.Text))
                {
                    result.Reject(line, $"expected a line starting with '{Prefix}'");
                }

                continue;
            }

            var text = line.Text[Prefix.Length..].Trim();
            if (text.Length == 0)
            {
                result.Reject(line, $"'{Prefix}' is followed by no text");
                continue;
            }

            result.Entries.Add(new ParsedEntry(line.Number, Title: null, text));
        }

        return result;
    }
}
