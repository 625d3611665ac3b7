using System.Globalization;
using System.Text;
using CsvHelper;
using PaperCatalog.Data.Search;

namespace PaperCatalog.Web.Features.Export;

/// <summary>One row per paper; tags and sources joined with "; ".</summary>
public static class CsvExport
{
    public static async Task WriteAsync(IAsyncEnumerable<PaperSummary> papers, Stream output, CancellationToken cancellation)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        string[] header = ["id", "title", "title_is_derived", "published_on", "published_year_inferred", "author_count", "organization", "upvotes", "tags", "sources", "abstract"];
        foreach (var name in header)
        {
            csv.WriteField(name);
        }

        await csv.NextRecordAsync();
        await foreach (var paper in papers.WithCancellation(cancellation))
        {
            csv.WriteField(paper.Id);
            csv.WriteField(paper.Title);
            csv.WriteField(paper.TitleIsDerived);
            csv.WriteField(paper.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(paper.PublishedYearInferred);
            csv.WriteField(paper.AuthorCount);
            csv.WriteField(paper.Organization);
            csv.WriteField(paper.Upvotes);
            csv.WriteField(string.Join("; ", paper.Tags.Select(static t => t.Slug)));
            csv.WriteField(string.Join("; ", paper.Sources.Select(static s => $"{s.FileName}:{s.LineNumber}")));
            csv.WriteField(paper.Abstract);
            await csv.NextRecordAsync();
        }
    }
}
