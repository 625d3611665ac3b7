using System.Text.Json;
using PaperCatalog.Data.Search;
using PaperCatalog.Ingestion;

namespace PaperCatalog.Web.Features.Export;

/// <summary>
/// The catalog's own JSON dump format: every field a paper has, so that the file imports again
/// without loss (see <see cref="CatalogJson"/>).
/// </summary>
public static class JsonExport
{
    public static async Task WriteAsync(IAsyncEnumerable<PaperSummary> papers, Stream output, CancellationToken cancellation)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", CatalogJson.FormatName);
        json.WriteNumber("version", CatalogJson.Version);
        json.WriteString("exportedAt", DateTimeOffset.UtcNow);
        json.WriteStartArray("papers");
        await foreach (var paper in papers.WithCancellation(cancellation))
        {
            json.WriteStartObject();
            json.WriteNumber("id", paper.Id);
            json.WriteString("title", paper.Title);
            json.WriteBoolean("titleIsDerived", paper.TitleIsDerived);
            json.WriteString("abstract", paper.Abstract);
            WriteNullable(json, "publishedOn", paper.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteBoolean("publishedYearInferred", paper.PublishedYearInferred);
            if (paper.AuthorCount is { } authors)
            {
                json.WriteNumber("authorCount", authors);
            }
            else
            {
                json.WriteNull("authorCount");
            }

            WriteNullable(json, "organization", paper.Organization);
            json.WriteNumber("upvotes", paper.Upvotes);
            json.WriteStartArray("tags");
            paper.Tags.ToList().ForEach(t => json.WriteStringValue(t.Slug));
            json.WriteEndArray();
            json.WriteStartArray("sources");
            foreach (var source in paper.Sources)
            {
                json.WriteStartObject();
                json.WriteString("fileName", source.FileName);
                json.WriteNumber("lineNumber", source.LineNumber);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellation);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
