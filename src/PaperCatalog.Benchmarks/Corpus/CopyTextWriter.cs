using System.Buffers;
using System.Globalization;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Writes papers as rows of PostgreSQL's COPY text format: tab-separated, one row per line, no header,
/// <c>\N</c> for NULL, and backslash, tab, newline and carriage return escaped as COPY requires.
/// </summary>
internal static class CopyTextWriter
{
    /// <summary>The columns of every row, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["title", "abstract", "published_on", "upvotes", "author_count", "organization", "tags"];

    private const string Null = "\\N";

    private static readonly SearchValues<char> Special = SearchValues.Create("\\\t\n\r");

    public static void Write(TextWriter writer, SyntheticPaper paper)
    {
        WriteText(writer, paper.Title);
        writer.Write('\t');
        WriteText(writer, paper.Abstract.Span);
        writer.Write('\t');
        writer.Write(paper.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(paper.Upvotes.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(paper.AuthorCount is { } authors ? authors.ToString(CultureInfo.InvariantCulture) : Null);
        writer.Write('\t');
        if (paper.Organization is { } organization)
        {
            WriteText(writer, organization.Name);
        }
        else
        {
            writer.Write(Null);
        }

        writer.Write('\t');
        WriteText(writer, PlantedTechnique.Slugs(paper.Techniques));
        writer.Write('\n');
    }

    /// <summary>Writes <paramref name="text"/> as one escaped field.</summary>
    public static void WriteText(TextWriter writer, ReadOnlySpan<char> text)
    {
        while (text.IndexOfAny(Special) is var at and >= 0)
        {
            writer.Write(text[..at]);
            writer.Write(text[at] switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                _ => "\\r",
            });
            text = text[(at + 1)..];
        }

        writer.Write(text);
    }
}
