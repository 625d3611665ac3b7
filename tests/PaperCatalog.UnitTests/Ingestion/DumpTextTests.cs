using System.Text;
using PaperCatalog.Ingestion.Text;

namespace PaperCatalog.UnitTests.Ingestion;

public sealed class DumpTextTests
{
    [Theory]
    [InlineData(8191, "\u00E9")]
    [InlineData(8190, "\U0001F600")]
    [InlineData(8189, "\U0001F600")]
    public void The_start_of_a_text_never_cuts_a_character_in_two(int before, string character)
    {
        var text = new DumpText(Encoding.UTF8.GetBytes(new string('a', before) + character + " and more text after it"));

        Assert.Equal(new string('a', before), text.Start);
    }

    [Fact]
    public void A_text_that_starts_with_more_spaces_than_its_start_holds_starts_with_all_of_it()
    {
        var text = new DumpText(Encoding.UTF8.GetBytes(new string(' ', 10_000) + "{\"papers\": []}"));

        Assert.StartsWith("{", text.Start.TrimStart(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("last line\n", true)]
    [InlineData("last line\r", true)]
    [InlineData("last line", false)]
    public void A_text_knows_whether_it_ends_with_a_line_break(string content, bool endsWithLineBreak) =>
        Assert.Equal(endsWithLineBreak, new DumpText(Encoding.UTF8.GetBytes(content)).EndsWithLineBreak);
}
