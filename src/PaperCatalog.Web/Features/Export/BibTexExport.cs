using System.Globalization;
using System.Text;
using PaperCatalog.Data.Search;
using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Web.Features.Export;

/// <summary>One <c>@misc</c> entry per paper, with a stable key and LaTeX-safe text.</summary>
public static class BibTexExport
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static async Task WriteAsync(IAsyncEnumerable<PaperSummary> papers, Stream output, CancellationToken cancellation)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await foreach (var paper in papers.WithCancellation(cancellation))
        {
            await writer.WriteAsync(Entry(paper).AsMemory(), cancellation);
        }
    }

    /// <summary>The BibTeX entry of <paramref name="paper"/>.</summary>
    public static string Entry(PaperSummary paper)
    {
        var entry = new StringBuilder();
        entry.Append(CultureInfo.InvariantCulture, $"@misc{{{Key(paper)},\n");
        Field(entry, "title", "{" + Escape(paper.Title) + "}");
        if (paper.PublishedOn is { } date)
        {
            Field(entry, "year", date.Year.ToString(CultureInfo.InvariantCulture));
            Field(entry, "month", Months[date.Month - 1]);
        }

        Field(entry, "howpublished", "Hugging Face Papers");
        var notes = new List<string>();
        if (paper.Organization is { } organization)
        {
            notes.Add(Escape(organization));
        }

        if (paper.AuthorCount is { } authors)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{authors} author{(authors == 1 ? "" : "s")}"));
        }

        if (paper.PublishedYearInferred)
        {
            notes.Add("year inferred");
        }

        if (notes.Count > 0)
        {
            Field(entry, "note", string.Join("; ", notes));
        }

        if (paper.Tags.Count > 0)
        {
            Field(entry, "keywords", string.Join(", ", paper.Tags.Select(static t => t.Slug)));
        }

        Field(entry, "abstract", Escape(paper.Abstract));
        entry.Append("}\n\n");
        return entry.ToString();
    }

    private static string Key(PaperSummary paper)
    {
        var firstWord = PaperKeys.Fold(paper.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "paper");
        var ascii = new string(firstWord.Where(char.IsAsciiLetterOrDigit).Take(20).ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"{(ascii.Length > 0 ? ascii : "paper")}{paper.PublishedOn?.Year.ToString(CultureInfo.InvariantCulture) ?? ""}_{paper.Id}");
    }

    private static void Field(StringBuilder entry, string name, string value) =>
        entry.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    /// <summary>Escapes the characters LaTeX treats specially; Unicode stays as it is.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
