namespace PaperCatalog.Domain.Tagging;

/// <summary>A phrase that made (or unmade) an automatic tag: where it is, what it says, what it was worth.</summary>
/// <param name="Field">"title" or "abstract".</param>
/// <param name="Start">Character offset in that field.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Text">The matched text: not stored, but read back from the field at the span (<see cref="Parse"/>).</param>
/// <param name="Weight">What the match added to the score (0 for a passing mention).</param>
public sealed record EvidenceSpan(string Field, int Start, int Length, string Text, double Weight)
{
    public const string Title = "title";
    public const string Abstract = "abstract";

    /// <summary>The evidence as stored with a paper's tag: <c>[["t",0,19,2],["a",801,20,2.5]]</c> (see <see cref="EvidenceFormat"/>).</summary>
    public static string Serialize(IReadOnlyList<EvidenceSpan> spans) => EvidenceFormat.Write(spans);

    /// <summary>
    /// Reads stored evidence, taking each span's text from the paper's title or abstract; anything that is not a
    /// list of spans (such as an editor's note) gives none.
    /// </summary>
    /// <param name="stored">The tag's stored evidence, in the compact form or the object form written before it.</param>
    /// <param name="title">The paper's title, as the tagger read it.</param>
    /// <param name="abstractText">The paper's abstract, as the tagger read it.</param>
    public static IReadOnlyList<EvidenceSpan> Parse(string? stored, string title, string abstractText) =>
        IsStored(stored) ? EvidenceFormat.Read(stored!, title, abstractText) : [];

    /// <summary>Whether <paramref name="stored"/> is the tagger's evidence (perhaps empty) rather than nothing or an editor's note.</summary>
    // A note never starts with '[', so notes are told apart without a JSON parse.
    public static bool IsStored(string? stored) => stored is not null && stored.TrimStart().StartsWith('[');
}
