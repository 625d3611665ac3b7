using System.Text;
using PaperCatalog.Ingestion;

namespace PaperCatalog.UnitTests.Ingestion;

/// <summary>Files refused as a whole: each says what is wrong, and where when it can.</summary>
public sealed class BadFileTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_refused(string text)
    {
        var refused = Refuse(Encoding.UTF8.GetBytes(text));

        Assert.Equal("the file is empty", refused.Reason);
        Assert.Equal("dump.txt: the file is empty", refused.Message);
    }

    [Fact]
    public void A_binary_file_is_refused_with_the_offset_and_line_of_its_first_nul()
    {
        var bytes = Encoding.UTF8.GetBytes("Abstract:fine\nAbstract:also fine\n").Concat(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x01 }).ToArray();

        var refused = Refuse(bytes);

        Assert.Equal("the file is binary, not text (a NUL byte at offset 37)", refused.Reason);
        Assert.Equal(3, refused.LineNumber);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_the_line_of_the_bad_byte()
    {
        var latin1 = Encoding.Latin1.GetBytes("Abstract:first line\nAbstract:Caf\u00e9 au lait is not how UTF-8 spells it\n");

        var refused = Refuse(latin1);

        Assert.Equal("the file is not valid UTF-8 (byte 0xE9 at offset 32); save it as UTF-8 and import it again", refused.Reason);
        Assert.Equal(2, refused.LineNumber);
    }

    [Theory]
    [InlineData('\u0001')]
    [InlineData('\u007F')]
    [InlineData('\u0090')]
    public void A_file_of_control_characters_is_refused_as_binary(char control)
    {
        var refused = Refuse(Encoding.UTF8.GetBytes($"Abstract:{new string(control, 50)}\n"));

        Assert.Equal("the file is binary, not text (too many control characters)", refused.Reason);
    }

    [Fact]
    public void A_few_control_characters_in_text_are_let_through()
    {
        var dump = Fixture.ReadBytes(Encoding.UTF8.GetBytes($"Abstract:{new string('x', 400)}\u0007\u0085 about routing tokens to experts.\n"));

        Assert.Single(dump.Records);
    }

    // The share is of characters, not bytes: 400 characters with 4 control characters are let through, 5 are not.
    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Over_one_percent_of_the_characters_being_control_characters_makes_a_file_binary(int controls, bool refused)
    {
        var text = $"Abstract:{new string('\u65E5', 390 - controls)}{new string('\u0001', controls)}\n";

        var read = Record.Exception(() => Fixture.ReadBytes(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(refused, read is DumpFileException { Reason: "the file is binary, not text (too many control characters)" });
    }

    [Fact]
    public void Text_full_of_non_breaking_spaces_and_middle_dots_is_not_binary()
    {
        var words = string.Join("\u00A0", Enumerable.Repeat("word·word", 60));

        var dump = Fixture.ReadBytes(Encoding.UTF8.GetBytes($"\u00A0Abstract:{words}\n"));

        Assert.Single(dump.Records);
    }

    [Fact]
    public void Offsets_of_a_bad_byte_count_from_after_the_byte_order_mark()
    {
        var latin1 = Encoding.Latin1.GetBytes("Abstract:first line\nAbstract:Caf\u00e9 au lait is not how UTF-8 spells it\n");

        var refused = Refuse([0xEF, 0xBB, 0xBF, .. latin1]);

        Assert.Equal("the file is not valid UTF-8 (byte 0xE9 at offset 32); save it as UTF-8 and import it again", refused.Reason);
        Assert.Equal(2, refused.LineNumber);
    }

    [Fact]
    public void A_file_of_unicode_spaces_only_is_empty()
    {
        var refused = Refuse(Encoding.UTF8.GetBytes("\u3000\u00A0\n\u2003"));

        Assert.Equal("the file is empty", refused.Reason);
    }

    [Fact]
    public void A_utf16_file_is_refused_with_what_to_do()
    {
        var refused = Refuse(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Abstract:text")).ToArray());

        Assert.Equal("the file is UTF-16 text; save it as UTF-8 and import it again", refused.Reason);
    }

    [Fact]
    public void A_file_of_an_unknown_format_is_refused_naming_how_it_starts()
    {
        var refused = Assert.Throws<DumpFileException>(() => Fixture.Read("unknown-format.txt"));

        Assert.Equal(
            "unknown-format.txt, line 1: unknown format: expected 'Abstract:' lines, title and abstract line pairs, or a Daily Papers page; the file starts with 'Just some notes'",
            refused.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 2 * 1024 * 1024));

        var refused = Assert.Throws<DumpFileException>(() => Fixture.ReadBytes(bytes, maxFileBytes: 1024 * 1024));

        Assert.Equal("the file is 2 MB, over the 1 MB limit", refused.Reason);
    }

    [Fact]
    public void A_file_on_disk_over_the_limit_is_refused_without_reading_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"papercatalog-big-{Guid.NewGuid():N}.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(3L * 1024 * 1024);
        }

        try
        {
            var reader = Fixture.Reader(maxFileBytes: 1024 * 1024);
            var refused = Assert.Throws<DumpFileException>(() => reader.ReadFileAsync(path, TestContext.Current.CancellationToken).GetAwaiter().GetResult());
            Assert.Equal("the file is 3 MB, over the 1 MB limit", refused.Reason);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_where_no_record_can_be_read_is_refused()
    {
        var refused = Refuse(Encoding.UTF8.GetBytes("Abstract:\nAbstract:  \n"));

        Assert.Equal("no record could be read as AbstractPerLine; the first problem: 'Abstract:' is followed by no text", refused.Reason);
        Assert.Equal(1, refused.LineNumber);
    }

    private static DumpFileException Refuse(byte[] bytes) =>
        Assert.Throws<DumpFileException>(() => Fixture.ReadBytes(bytes, "dump.txt"));
}
