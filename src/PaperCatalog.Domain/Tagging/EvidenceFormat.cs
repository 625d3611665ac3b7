using System.Buffers;
using System.Text;
using System.Text.Json;

namespace PaperCatalog.Domain.Tagging;

/// <summary>
/// Evidence as <c>paper_tags.evidence</c> holds it: <c>[["t",0,19,2],["a",801,20,2.5]]</c>, each span its field
/// ("t" title, "a" abstract), start, length and weight.
/// </summary>
/// <remarks>
/// The matched text is left out because it is the title or abstract at the span, and the evidence is scored again
/// whenever that text changes; storing it made up most of the column. Rows written before hold a list of
/// <c>{"field","start","length","text","weight"}</c> objects; their stored text is ignored too, so that a row reads
/// the same before and after it is rewritten in the compact form.
/// </remarks>
internal static class EvidenceFormat
{
    private const string TitleCode = "t";
    private const string AbstractCode = "a";

    public static string Write(IReadOnlyList<EvidenceSpan> spans)
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Utf8JsonWriter writes numbers in the invariant, shortest round-trip form whatever the thread's culture.
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var span in spans)
            {
                json.WriteStartArray();
                json.WriteStringValue(span.Field switch
                {
                    EvidenceSpan.Title => TitleCode,
                    EvidenceSpan.Abstract => AbstractCode,
                    _ => throw new ArgumentException($"Evidence in the field '{span.Field}' cannot be stored.", nameof(spans)),
                });
                json.WriteNumberValue(span.Start);
                json.WriteNumberValue(span.Length);
                json.WriteNumberValue(span.Weight);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<EvidenceSpan> Read(string stored, string title, string abstractText)
    {
        try
        {
            using var document = JsonDocument.Parse(stored);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            var spans = new List<EvidenceSpan>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (ReadSpan(element) is not { } span)
                {
                    return [];
                }

                var (field, start, length, weight) = span;

                // A span beyond its field means the text changed without the tag being scored again (a row written by
                // hand, or by a version that left confirmed tags as they were): what is inside the field is kept, nothing thrown.
                var text = field == EvidenceSpan.Title ? title : abstractText;
                if (start >= 0 && length >= 0 && (start < text.Length || (start == text.Length && length == 0)))
                {
                    var kept = Math.Min(length, text.Length - start);
                    spans.Add(new EvidenceSpan(field, start, kept, text.Substring(start, kept), weight));
                }
            }

            return spans;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static (string Field, int Start, int Length, double Weight)? ReadSpan(JsonElement span) => span.ValueKind switch
    {
        JsonValueKind.Array when span.GetArrayLength() == 4 => Span(FieldOf(span[0], TitleCode, AbstractCode), span[1], span[2], span[3]),
        JsonValueKind.Object when span.TryGetProperty("field", out var field) && span.TryGetProperty("start", out var start)
            && span.TryGetProperty("length", out var length) && span.TryGetProperty("weight", out var weight) =>
            Span(FieldOf(field, EvidenceSpan.Title, EvidenceSpan.Abstract), start, length, weight),
        _ => null,
    };

    private static (string, int, int, double)? Span(string? field, JsonElement start, JsonElement length, JsonElement weight) =>
        field is not null && Int(start) is { } s && Int(length) is { } l && weight.ValueKind == JsonValueKind.Number && weight.TryGetDouble(out var w)
            ? (field, s, l, w)
            : null;

    private static string? FieldOf(JsonElement field, string title, string @abstract) =>
        field.ValueKind != JsonValueKind.String ? null
        : field.ValueEquals(title) ? EvidenceSpan.Title
        : field.ValueEquals(@abstract) ? EvidenceSpan.Abstract
        : null;

    private static int? Int(JsonElement number) => number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var value) ? value : null;
}
