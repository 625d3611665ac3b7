namespace PaperCatalog.UnitTests.Ingestion;

/// <summary>A file cut short loses its last record, never half of it.</summary>
public sealed class TruncationTests
{
    [Fact]
    public void An_abstract_cut_mid_sentence_at_the_end_of_the_file_is_rejected_and_the_rest_imports()
    {
        var dump = Fixture.Read("truncated-last-abstract.txt");

        Assert.Equal("Complete Paper About Pruning", Assert.Single(dump.Records).Title);
        var rejection = Assert.Single(dump.Rejections);
        Assert.Equal(4, rejection.LineNumber);
        Assert.Equal("the last record is cut off: its abstract stops mid-sentence at the end of the file", rejection.Reason);
        Assert.Equal("Cut Off Paper About Quantization", rejection.Excerpt);
    }

    [Fact]
    public void A_title_with_no_abstract_at_the_end_of_the_file_is_rejected()
    {
        var dump = Fixture.Read("truncated-last-title.txt");

        Assert.Single(dump.Records);
        Assert.Equal((4, "the last record is cut off: a title with no abstract at the end of the file"), (dump.Rejections[0].LineNumber, dump.Rejections[0].Reason));
    }

    [Theory]
    [InlineData("We release the code at https://github.com/example/project")]
    [InlineData("Our results hold across all benchmarks (see the appendix).")]
    [InlineData("Does scale alone explain the gains?")]
    public void A_last_abstract_that_ends_properly_is_kept(string ending)
    {
        var dump = Fixture.ReadText("Get trending papers in your email inbox!\nSubscribeA Paper\nAn abstract about model compression that is long enough to be prose. " + ending);

        Assert.Single(dump.Records);
        Assert.Empty(dump.Rejections);
    }

    [Fact]
    public void A_file_that_ends_with_a_line_break_is_not_judged_cut_off()
    {
        var dump = Fixture.ReadText("Abstract:An abstract that ends without a full stop but is followed by a line break\n");

        Assert.Single(dump.Records);
    }
}
