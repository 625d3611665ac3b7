using PaperCatalog.Benchmarks.Corpus;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>TSV fields are escaped as PostgreSQL's COPY text format requires, and read back unchanged.</summary>
public sealed class CopyTextWriterTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData(@"a \cite{x}", @"a \\cite{x}")]
    [InlineData("tab\there", @"tab\there")]
    [InlineData("two\nlines\r\n", @"two\nlines\r\n")]
    [InlineData(@"\N", @"\\N")]
    public void Special_characters_are_escaped(string text, string expected)
    {
        using var writer = new StringWriter();
        CopyTextWriter.WriteText(writer, text);

        Assert.Equal(expected, writer.ToString());
        Assert.Equal(text, CorpusRow.Unescape(writer.ToString()));
    }

    [Fact]
    public void A_row_has_every_column_and_null_for_the_byline_it_lacks()
    {
        var paper = new SyntheticPaper { Title = "A\\B", PublishedOn = new DateOnly(2024, 8, 28), Upvotes = 4, Organization = ("tencent", "Tencent"), Techniques = 0b101 };
        paper.Abstract.Append("Text.");
        using var writer = new StringWriter();
        CopyTextWriter.Write(writer, paper);

        Assert.Equal("A\\\\B\tText.\t2024-08-28\t4\t\\N\tTencent\tdistillation,mixture-of-experts\n", writer.ToString());
    }
}
