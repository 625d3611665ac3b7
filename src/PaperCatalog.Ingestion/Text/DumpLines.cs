using System.Buffers;
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

    // What Clean changes besides single spaces: entities, and every space that Whitespace() matches but ' '.
    private static readonly SearchValues<char> NeedsCleaning = SearchValues.Create(
        "&\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000");

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
            var cleaned = Clean(text.AsSpan(start, stop - start));
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
    public static string Clean(string line) => IsClean(line) ? line : CleanSlowly(line);

    // Most lines of a dump are already clean: they become a string once, without a pass of the regex.
    private static string Clean(ReadOnlySpan<char> line) => IsClean(line) ? new string(line) : CleanSlowly(new string(line));

    private static bool IsClean(ReadOnlySpan<char> line) =>
        line.IsEmpty || (line[0] != ' ' && line[^1] != ' ' && !line.ContainsAny(NeedsCleaning) && !line.Contains("  ", StringComparison.Ordinal));

    private static string CleanSlowly(string line)
    {
        var decoded = line.Contains('&') ? WebUtility.HtmlDecode(line) : line;
        return Whitespace().Replace(decoded, " ").Trim();
    }

    // Non-breaking and other Unicode spaces count as spaces; the "·" separator does not.
    [GeneratedRegex(@"[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();
}
