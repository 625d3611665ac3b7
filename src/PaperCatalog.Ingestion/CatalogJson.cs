using System.Globalization;
using System.Text.Json;
using PaperCatalog.Domain.Text;
using PaperCatalog.Ingestion.Dates;
using PaperCatalog.Ingestion.Parsing;

namespace PaperCatalog.Ingestion;

/// <summary>
/// The catalog's own JSON export: <c>{"format": "papercatalog-export", "version": 1, "papers": [...]}</c>,
/// one object per paper with every field a paper has. Read back, it gives the same papers.
/// </summary>
public static class CatalogJson
{
    public const string FormatName = "papercatalog-export";
    public const int Version = 1;

    internal static bool LooksLikeJson(string text) => text.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal);

    internal static ParseResult Parse(string fileName, ReadOnlySpan<byte> utf8)
    {
        var bom = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var json = utf8[bom..];
        var result = new ParseResult();
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var sawFormat = false;
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                reader.Read();
                if (property == "format")
                {
                    sawFormat = reader.TokenType == JsonTokenType.String && reader.GetString() == FormatName;
                }
                else if (property == "papers" && reader.TokenType == JsonTokenType.StartArray)
                {
                    ReadPapers(ref reader, json, result);
                }
                else
                {
                    reader.Skip();
                }
            }

            if (!sawFormat)
            {
                throw new DumpFileException(fileName, $"unknown format: a JSON file must be a PaperCatalog export (\"format\": \"{FormatName}\")", 1);
            }
        }
        catch (JsonException invalid)
        {
            throw new DumpFileException(fileName, $"the JSON is not valid: {invalid.Message}", (int)(invalid.LineNumber ?? 0) + 1);
        }

        return result;
    }

    private static void ReadPapers(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, ParseResult result)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = json[..(int)reader.TokenStartIndex].Count((byte)'\n') + 1;
            using var paper = JsonDocument.ParseValue(ref reader);
            if (ToEntry(paper.RootElement, line, out var problem) is { } entry)
            {
                result.Entries.Add(entry);
            }
            else
            {
                result.Rejections.Add(new RecordRejection(line, problem!, Excerpt(paper.RootElement)));
            }
        }
    }

    private static ParsedEntry? ToEntry(JsonElement paper, int line, out string? problem)
    {
        problem = paper.ValueKind != JsonValueKind.Object ? "a paper must be a JSON object"
            : Text(paper, "abstract") is not { Length: > 0 } ? "a paper needs a non-empty \"abstract\""
            : null;
        if (problem is not null)
        {
            return null;
        }

        var derived = paper.TryGetProperty("titleIsDerived", out var d) && d.ValueKind == JsonValueKind.True;
        var title = derived ? null : Text(paper, "title");
        PartialDate? date = null;
        if (Text(paper, "publishedOn") is { } published)
        {
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                problem = $"\"publishedOn\" must be a date as yyyy-MM-dd, not '{published}'";
                return null;
            }

            date = new PartialDate(day.Month, day.Day, day.Year);
        }

        var inferred = paper.TryGetProperty("publishedYearInferred", out var i) && i.ValueKind == JsonValueKind.True;
        return new ParsedEntry(line, title, Text(paper, "abstract")!, date, Number(paper, "authorCount"), Text(paper, "organization"), Number(paper, "upvotes"), inferred);
    }

    private static string? Text(JsonElement paper, string name) =>
        paper.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;

    private static int? Number(JsonElement paper, string name) =>
        paper.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0 ? n : null;

    private static string Excerpt(JsonElement paper) => TextClip.ToLength(paper.GetRawText(), 81)!;
}
