using System.Text;

namespace PaperCatalog.Ingestion.Text;

/// <summary>
/// A dump's checked UTF-8 text (without its byte order mark). Text dumps are split into lines straight from the
/// bytes: decoding a whole file into one string first cost a second copy of every line.
/// </summary>
internal sealed class DumpText(ReadOnlyMemory<byte> utf8)
{
    // Enough for the 2,048 characters that tell an HTML page, whatever their UTF-8 lengths.
    private const int StartBytes = 4 * 2048;

    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    /// <summary>The first characters of the text, or all of it when they are only spaces (a file's kind is told from them).</summary>
    public string Start { get; } = StartOf(utf8.Span);

    public bool EndsWithLineBreak => Utf8.Span is [.., (byte)'\n' or (byte)'\r'];

    /// <summary>The whole text as one string, for the HTML and JSON readers.</summary>
    public string Whole() => Encoding.UTF8.GetString(Utf8.Span);

    private static string StartOf(ReadOnlySpan<byte> utf8)
    {
        var end = Math.Min(utf8.Length, StartBytes);

        // Not in the middle of a character: continuation bytes are 10xxxxxx.
        while (end < utf8.Length && (utf8[end] & 0xC0) == 0x80)
        {
            end--;
        }

        var start = Encoding.UTF8.GetString(utf8[..end]);
        return string.IsNullOrWhiteSpace(start) && end < utf8.Length ? Encoding.UTF8.GetString(utf8) : start;
    }
}
