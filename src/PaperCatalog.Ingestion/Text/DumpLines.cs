using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperCatalog.Ingestion.Text;

/// <summary>
/// Splits decoded text into cleaned, numbered, non-blank lines.
/// </summary>
internal static partial class DumpLines
{
    // What Clean changes besides single spaces: entities, and every space that Whitespace() matches but ' '.
    // The fast path relies on it holding every character string.Trim() removes, ' ' aside.
    private static readonly SearchValues<char> NeedsCleaning = SearchValues.Create(
        "&\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000");

    /// <summary>
    /// Decodes checked UTF-8 line by line (only \n, \r\n and a lone \r end a line, as in the editors people check
    /// line numbers in), handles CRLF and CR line ends, decodes HTML entities, turns tabs and runs of spaces into
    /// one space and trims each line; blank lines are dropped but keep their numbers.
    /// </summary>
    public static List<DumpLine> Split(ReadOnlySpan<byte> utf8)
    {
        // Sized from the line feeds (blank lines included), so a large dump does not grow it through ever larger arrays.
        var lines = new List<DumpLine>(utf8.Count((byte)'\n') + 1);
        var number = 0;
        var start = 0;
        while (start <= utf8.Length)
        {
            number++;
            var end = utf8[start..].IndexOfAny((byte)'\n', (byte)'\r');
            var line = end < 0 ? utf8[start..] : utf8.Slice(start, end);
            var cleaned = Clean(Encoding.UTF8.GetString(line));
            if (cleaned.Length > 0)
            {
                lines.Add(new DumpLine(number, cleaned));
            }

            if (end < 0)
            {
                break;
            }

            end += start;
            start = utf8[end] == '\r' && end + 1 < utf8.Length && utf8[end + 1] == '\n' ? end + 2 : end + 1;
        }

        return lines;
    }

    /// <summary>Cleans one line of text the way <see cref="Split"/> does; most lines of a dump are already clean and skip the regex.</summary>
    public static string Clean(string line)
    {
        // Bylines ("  • 4 authors") are indented with plain spaces: trimming those is all they need.
        var inner = line.AsSpan().Trim(' ');
        if (!IsClean(inner))
        {
            return CleanSlowly(line);
        }

        return inner.Length == line.Length ? line : inner.ToString();
    }

    private static bool IsClean(ReadOnlySpan<char> trimmed) =>
        !trimmed.ContainsAny(NeedsCleaning) && !trimmed.Contains("  ", StringComparison.Ordinal);

    private static string CleanSlowly(string line)
    {
        var decoded = line.Contains('&') ? WebUtility.HtmlDecode(line) : line;
        return Whitespace().Replace(decoded, " ").Trim();
    }

    // Non-breaking and other Unicode spaces count as spaces; the "·" separator does not.
    [GeneratedRegex(@"[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();
}
