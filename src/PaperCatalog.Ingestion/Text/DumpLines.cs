using System.Net;
using System.Text.RegularExpressions;

namespace PaperCatalog.Ingestion.Text;

/// <summary>
/// Splits decoded text into cleaned, numbered, non-blank lines.
/// </summary>
internal static partial class DumpLines
{
    // Only \n, \r\n and a lone \r end a line, as in the editors people check line numbers in.
    private static readonly char[] LineBreaks = ['\n', '\r'];

    /// <summary>
    /// Handles CRLF and CR line ends, decodes HTML entities, turns tabs and runs of spaces into
    /// one space and trims each line; blank lines are dropped but keep their numbers.
    /// </summary>
    public static List<DumpLine> Split(string text)
    {
        var lines = new List<DumpLine>();
        var number = 0;
        var start = 0;
        while (start <= text.Length)
        {
            number++;
            var end = text.IndexOfAny(LineBreaks, start);
            var stop = end < 0 ? text.Length : end;
            var cleaned = Clean(text[start..stop]);
            if (cleaned.Length > 0)
            {
                lines.Add(new DumpLine(number, cleaned));
            }

            if (end < 0)
            {
                break;
            }

            start = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        return lines;
    }

    /// <summary>Cleans one line of text the way <see cref="Split"/> does.</summary>
    public static string Clean(string line)
    {
        var decoded = line.Contains('&') ? WebUtility.HtmlDecode(line) : line;
        return Whitespace().Replace(decoded, " ").Trim();
    }

    // Non-breaking and other Unicode spaces count as spaces; the "·" separator does not.
    [GeneratedRegex(@"[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();
}
