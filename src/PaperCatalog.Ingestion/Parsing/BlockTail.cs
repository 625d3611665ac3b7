using PaperCatalog.Ingestion.Dates;

namespace PaperCatalog.Ingestion.Parsing;

/// <summary>
/// What follows a title and abstract in a Daily Papers block: a byline, a "·" and a date, all optional.
/// </summary>
internal sealed record BlockTail(int Next, int? AuthorCount, string? Organization, PartialDate? Date, int? Upvotes, string? Problem)
{
    /// <summary>Reads the tail that starts at <paramref name="start"/>.</summary>
    public static BlockTail Read(IReadOnlyList<DumpLine> lines, int start)
    {
        var i = start;
        int? authors = null;
        string? organization = null;
        if (i < lines.Count && LineClassifier.AuthorCount(lines[i].Text) is { } count)
        {
            authors = count;
            i++;
        }
        else if (i + 1 < lines.Count && Is(lines, i, LineKind.Text) && Is(lines, i + 1, LineKind.Separator))
        {
            organization = OrganizationLine.Read(lines[i].Text);
            i++;
        }
        else if (i == lines.Count - 1 && LineClassifier.IsBrokenByline(lines[i].Text))
        {
            return Truncated(lines.Count, "its byline");
        }

        var hasByline = i > start;
        if (i < lines.Count && Is(lines, i, LineKind.Separator))
        {
            if (i + 1 == lines.Count)
            {
                return Truncated(lines.Count, "'·'");
            }

            if (!LineClassifier.TryReadDate(lines[i + 1].Text, out var date, out var upvotes))
            {
                return new BlockTail(i + 2, authors, organization, null, null, $"'·' at line {lines[i].Number} is not followed by a date (found '{lines[i + 1].Text}')");
            }

            return new BlockTail(i + 2, authors, organization, date, upvotes, null);
        }

        return hasByline && i == lines.Count
            ? Truncated(i, "its byline")
            : new BlockTail(i, authors, organization, null, null, null);
    }

    private static BlockTail Truncated(int next, string after) =>
        new(next, null, null, null, null, $"the last record is cut off after {after} at the end of the file");

    private static bool Is(IReadOnlyList<DumpLine> lines, int index, LineKind kind) => LineClassifier.Classify(lines[index].Text) == kind;
}
