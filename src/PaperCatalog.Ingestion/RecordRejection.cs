using PaperCatalog.Domain.Text;

namespace PaperCatalog.Ingestion;

/// <summary>A record that could not be parsed: where it starts, why, and how it begins.</summary>
public sealed record RecordRejection(int LineNumber, string Reason, string Excerpt)
{
    private const int ExcerptLength = 80;

    /// <summary>Builds a rejection whose excerpt is the start of the line.</summary>
    public static RecordRejection At(DumpLine line, string reason) =>
        new(line.Number, reason, TextClip.ToLength(line.Text, ExcerptLength + 1)!);
}
