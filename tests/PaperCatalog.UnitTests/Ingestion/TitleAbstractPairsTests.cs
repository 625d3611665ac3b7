using PaperCatalog.Domain.Papers;
using PaperCatalog.Ingestion;

namespace PaperCatalog.UnitTests.Ingestion;

public sealed class TitleAbstractPairsTests
{
    [Fact]
    public void Chrome_is_skipped_subscribe_is_unglued_and_unicode_and_entities_come_out_right()
    {
        var dump = Fixture.Read("title-abstract-pairs.txt");

        Assert.Equal(DumpFormat.TitleAbstractPairs, dump.Format);
        Assert.Empty(dump.Rejections);
        Assert.Equal(
            [
                new PaperRecord("LLMzSzŁ: a comprehensive LLM benchmark for Polish", "This article introduces the first comprehensive benchmark for the Polish language at this scale: LLMzSzŁ. It is built upon a coherent collection of Polish national exams.", null, false, null, null, null, 3),
                new PaperRecord("Fast & Slow Transfer: Knowledge Transfer Across Languages", "We study cross-lingual transfer for question answering and show that a fast adapter and a slow backbone together transfer knowledge from English to forty languages.", null, false, null, null, null, 5),
                new PaperRecord("Subscriber Churn Is Not Domain Shift", "Customer churn models degrade when deployed to a new market, and we show that this degradation is better explained by label shift than by covariate shift across domains.", null, false, null, null, null, 7),
            ],
            dump.Records);
    }

    [Fact]
    public void Bom_crlf_tabs_and_trailing_spaces_are_cleaned()
    {
        var dump = Fixture.Read("crlf-bom-tabs.txt");

        Assert.Equal(
            [
                new PaperRecord("Robust Domain Adaptation", "We adapt a detector from synthetic to real images under strong distribution shift and close half of the domain gap without any target labels.", null, false, null, null, null, 3),
                new PaperRecord("A Second Title", "A second abstract that is long enough to be an abstract, with more than twelve words in it for sure.", null, false, null, null, null, 5),
            ],
            dump.Records);
    }

    [Fact]
    public void A_title_followed_by_another_title_is_rejected_and_the_next_pair_still_reads()
    {
        const string text = "Get trending papers in your email inbox!\nSubscribeA Title Without Its Abstract\nA Title With Its Abstract\n" +
            "This abstract belongs to the second title and is long enough to read as an abstract of a real paper.\n";

        var dump = Fixture.ReadText(text);

        Assert.Equal("A Title With Its Abstract", Assert.Single(dump.Records).Title);
        Assert.Equal((2, "a title with no abstract: the next line is another title"), (dump.Rejections[0].LineNumber, dump.Rejections[0].Reason));
    }
}
