using PaperCatalog.Domain.Papers;
using PaperCatalog.Ingestion;

namespace PaperCatalog.UnitTests.Ingestion;

public sealed class DailyPapersTests
{
    private const string StructureClip = "Structure-CLIP: Towards Scene Graph Knowledge to Enhance Multi-modal Structured Representations";
    private const string StructureClipAbstract = "Large-scale vision-language pre-training has achieved significant performance in multi-modal understanding and generation tasks, yet it struggles with structured representations.";
    private const string LearnTheRopesAbstract = "Reinforcement learning is the dominant paradigm for sharpening strategic tool use capabilities of LLMs on long-horizon, sparsely-rewarded agent tasks.";

    [Fact]
    public void Blocks_give_authors_organization_dates_inferred_years_and_upvotes()
    {
        var dump = Fixture.Read("daily-papers.txt");

        Assert.Equal(DumpFormat.DailyPapers, dump.Format);
        Assert.Empty(dump.Rejections);
        Assert.Equal(new DateOnly(2025, 10, 28), dump.CaptureDate);
        Assert.Equal(
            [
                new PaperRecord(StructureClip, StructureClipAbstract, new DateOnly(2023, 5, 5), false, 11, null, null, 13),
                new PaperRecord("Learn the Ropes, Then Trust the Wins: Self-imitation with Progressive Exploration", LearnTheRopesAbstract, new DateOnly(2025, 9, 26), true, null, "Tencent", 4, 21),
                new PaperRecord("AdaSPEC: Selective Knowledge Distillation for Efficient Speculative Decoders", "Speculative decoding accelerates large language model inference by employing a small draft model to predict the output of a larger target model.", null, false, null, null, null, 29),
                new PaperRecord("CacheGen: Fast Context Loading for Language Model Applications", "As large language models take on more complex tasks, their inputs incorporate longer contexts to respond to questions that require domain knowledge.", new DateOnly(2024, 8, 28), false, 12, null, 4, 33),
                new PaperRecord("Deep Knowledge Tracing with Learning Curves", "Knowledge tracing models a student's knowledge state over time from their answers, and we add learning curves to make its predictions interpretable.", new DateOnly(2025, 1, 5), true, 1, null, null, 41),
            ],
            dump.Records);
    }

    [Fact]
    public void A_reference_date_overrides_the_inferred_year()
    {
        var dump = Fixture.Read("daily-papers.txt", referenceDate: new DateOnly(2024, 3, 1));

        Assert.Equal(new DateOnly(2024, 3, 1), dump.CaptureDate);
        Assert.Equal(new DateOnly(2023, 9, 26), dump.Records[1].PublishedOn);
        Assert.Equal(new DateOnly(2024, 1, 5), dump.Records[4].PublishedOn);
        Assert.Equal(new DateOnly(2023, 5, 5), dump.Records[0].PublishedOn);
    }

    [Fact]
    public void Bad_blocks_are_rejected_with_their_lines_and_good_blocks_still_read()
    {
        var dump = Fixture.Read("daily-papers-bad-records.txt");

        Assert.Equal(
            [
                new PaperRecord("A Good First Paper on Continual Learning", "Continual learning methods accumulate knowledge over time while avoiding catastrophic forgetting of tasks learned before.", new DateOnly(2022, 10, 18), false, 2, null, null, 5),
                new PaperRecord("A Good Last Paper on Model Compression", "We compress large language models with low-rank factorization and pruning and keep nearly all of their accuracy on standard benchmarks.", new DateOnly(2023, 1, 21), true, 4, null, null, 23),
            ],
            dump.Records);
        Assert.Equal(
            [
                (13, "expected a title, found a paragraph of 315 characters (an abstract without its title?)"),
                (15, "'·' at line 20 is not followed by a date (found 'Sometime last spring')"),
            ],
            dump.Rejections.Select(r => (r.LineNumber, r.Reason)));
    }

    [Theory]
    [InlineData("  • 8 auth", "the last record is cut off after its byline at the end of the file")]
    [InlineData("  • 8 authors\n·", "the last record is cut off after '·' at the end of the file")]
    [InlineData("  • 8 authors", "the last record is cut off after its byline at the end of the file")]
    public void A_block_cut_off_at_the_end_of_the_file_is_rejected(string tail, string reason)
    {
        var text = "Daily Papers\n\nA Complete Paper\n\nA complete abstract about distillation that ends the way abstracts end.\n\n  • 3 authors\n·\nMay 5, 2023\n\n" +
            "A Cut Paper\n\nAn abstract about pruning that is complete, but its byline and date were cut off.\n\n" + tail;

        var dump = Fixture.ReadText(text);

        Assert.Equal("A Complete Paper", Assert.Single(dump.Records).Title);
        Assert.Equal((11, reason), (dump.Rejections[0].LineNumber, dump.Rejections[0].Reason));
    }
}
