using System.Globalization;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Writes papers as a Daily Papers page copied as text, the format the dump reader calls DailyPapers.
/// </summary>
/// <remarks>
/// The page chrome and a page date come first, then one block per paper: title, abstract, a byline
/// ("• 11 authors", or an organization as "handle Name"), "·" and the date with its upvotes. Dates
/// always show the year, so no year is inferred, and upvotes are always shown, even 0, so that what
/// the reader gets is exactly what the TSV says.
/// </remarks>
internal static class DumpTextWriter
{
    private const string Chrome = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\n";

    public static void WriteHeader(TextWriter writer, DateOnly pageDate)
    {
        writer.Write(Chrome);
        writer.Write(pageDate.ToString("MMM d", CultureInfo.InvariantCulture));
        writer.Write("\n\n");
    }

    public static void Write(TextWriter writer, SyntheticPaper paper)
    {
        writer.Write(paper.Title);
        writer.Write("\n\n");
        writer.Write(paper.Abstract.Span);
        writer.Write("\n\n");
        if (paper.Organization is { } organization)
        {
            writer.Write(organization.Handle);
            writer.Write(' ');
            writer.Write(organization.Name);
        }
        else
        {
            writer.Write("  • ");
            writer.Write(paper.AuthorCount!.Value.ToString(CultureInfo.InvariantCulture));
            writer.Write(paper.AuthorCount == 1 ? " author" : " authors");
        }

        writer.Write("\n·\n");
        writer.Write(paper.PublishedOn.ToString("MMM d, yyyy", CultureInfo.InvariantCulture));
        writer.Write(' ');
        writer.Write(paper.Upvotes.ToString(CultureInfo.InvariantCulture));
        writer.Write("\n\n");
    }
}
