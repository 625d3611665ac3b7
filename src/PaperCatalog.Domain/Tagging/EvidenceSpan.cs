using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperCatalog.Domain.Tagging;

/// <summary>A phrase that made (or unmade) an automatic tag: where it is, what it says, what it was worth.</summary>
/// <param name="Field">"title" or "abstract".</param>
/// <param name="Start">Character offset in that field.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Text">The matched text.</param>
/// <param name="Weight">What the match added to the score (0 for a passing mention).</param>
public sealed record EvidenceSpan(string Field, int Start, int Length, string Text, double Weight)
{
    public const string Title = "title";
    public const string Abstract = "abstract";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>The evidence as stored with a paper's tag.</summary>
    public static string Serialize(IReadOnlyList<EvidenceSpan> spans) => JsonSerializer.Serialize(spans, Json);

    /// <summary>Reads stored evidence; anything that is not a list of spans (such as an editor's note) gives none.</summary>
    public static IReadOnlyList<EvidenceSpan> Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored) || !stored.TrimStart().StartsWith('['))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<EvidenceSpan>>(stored, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
