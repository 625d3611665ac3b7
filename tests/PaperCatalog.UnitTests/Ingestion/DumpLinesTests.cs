using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PaperCatalog.Ingestion.Text;

namespace PaperCatalog.UnitTests.Ingestion;

public sealed class DumpLinesTests
{
    private const string Alphabet = "ab Z9.&;·\t\u00A0\u2003\u200B\u3000\u2028\u0085";

    [Fact]
    public void Lines_are_cleaned_exactly_as_entity_decoding_and_one_whitespace_regex_would_clean_them()
    {
        var random = new Random(20261130);
        for (var i = 0; i < 20_000; i++)
        {
            var line = RandomLine(random);

            Assert.Equal(Reference(line), DumpLines.Clean(line));
        }
    }

    [Fact]
    public void Every_character_inside_at_the_ends_and_doubled_is_cleaned_as_the_regex_would_clean_it()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (char.IsSurrogate(c))
            {
                continue;
            }

            // The last shape is a byline's: indented with plain spaces, which the fast path trims.
            foreach (var line in new[] { $"a{c}b", $"{c}a b{c}", $"a{c}{c}b", $"a {c}b", $"  {c}a b{c} " })
            {
                Assert.Equal(Reference(line), DumpLines.Clean(line));
            }
        }
    }

    [Theory]
    [InlineData("Plain line of text.", "Plain line of text.")]
    [InlineData("  two  spaces\tand a tab ", "two spaces and a tab")]
    [InlineData("Q&amp;A&nbsp;pairs", "Q&A pairs")]
    [InlineData("zero\u200Bwidth", "zero width")]
    public void A_split_line_is_cleaned_the_same_way(string raw, string expected)
    {
        var lines = DumpLines.Split(Encoding.UTF8.GetBytes($"first\r\n{raw}\r\rlast"));

        Assert.Equal(["first", expected, "last"], lines.Select(l => l.Text));
        Assert.Equal([1, 2, 4], lines.Select(l => l.Number));
    }

    private static string RandomLine(Random random)
    {
        var chars = new char[random.Next(0, 12)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        var line = new string(chars);
        return random.Next(4) == 0 ? line.Replace(";", "&amp;", StringComparison.Ordinal) : line;
    }

    private static string Reference(string line) =>
        Regex.Replace(WebUtility.HtmlDecode(line), @"[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+", " ").Trim();
}
