using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Reads the BibTeX export back, for checks.</summary>
internal static partial class BibTex
{
    public sealed record Entry(string Key, long PaperId, IReadOnlyDictionary<string, string> Fields);

    /// <summary>The @misc entries; keys end in "_{paper id}", and each field is one line "  name = {value},".</summary>
    public static List<Entry> Entries(string text) =>
        EntryPattern().Matches(text).Select(static m => new Entry(
            m.Groups["key"].Value,
            long.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture),
            FieldPattern().Matches(m.Groups["body"].Value).ToDictionary(static f => f.Groups["name"].Value, static f => f.Groups["value"].Value))).ToList();

    /// <summary>Undoes the escaping of LaTeX special characters.</summary>
    public static string Unescape(string value) => EscapePattern().Replace(value, static m => m.Value switch
    {
        @"\textbackslash{}" => @"\",
        @"\textasciitilde{}" => "~",
        @"\textasciicircum{}" => "^",
        _ => m.Value[1..],
    });

    /// <summary>Fails when a LaTeX special character is left unescaped.</summary>
    public static void AssertEscaped(string value)
    {
        var rest = EscapePattern().Replace(value, "");
        Assert.DoesNotMatch(@"[\\%&$#_~^{}]", rest);
    }

    [GeneratedRegex(@"^@misc\{(?<key>[A-Za-z0-9]*_(?<id>\d+)),\n(?<body>(?:  .*\n)*?)\}\n", RegexOptions.Multiline)]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@"^  (?<name>\w+) = \{(?<value>.*)\},$", RegexOptions.Multiline)]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"\\textbackslash\{\}|\\textasciitilde\{\}|\\textasciicircum\{\}|\\[{}%&$#_]")]
    private static partial Regex EscapePattern();
}
