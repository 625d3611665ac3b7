using PaperCatalog.Domain.Papers;
using PaperCatalog.Ingestion;

namespace PaperCatalog.UnitTests.Ingestion;

public sealed class AbstractPerLineTests
{
    [Fact]
    public void Each_line_is_an_untitled_paper_with_its_line_number()
    {
        var dump = Fixture.Read("abstract-per-line.txt");

        Assert.Equal(DumpFormat.AbstractPerLine, dump.Format);
        Assert.Empty(dump.Rejections);
        Assert.Equal(
            [
                new PaperRecord(null, "Knowledge distillation compresses a large teacher network into a small student network. We propose TinyKD, a simple recipe that matches intermediate features and improves accuracy on ImageNet by two points.", null, false, null, null, null, 1),
                new PaperRecord(null, "Transfer learning reuses representations learned on a source task. In this paper we study when transfer helps low-resource languages and find that vocabulary overlap predicts the gains.", null, false, null, null, null, 2),
                new PaperRecord(null, "Mixture-of-experts layers route each token to a few experts. We introduce a balanced router, called EvenRoute, that removes the auxiliary loss and trains faster.", null, false, null, null, null, 3),
            ],
            dump.Records);
    }

    [Fact]
    public void A_line_without_the_prefix_is_rejected_with_its_line_and_the_rest_imports()
    {
        var dump = Fixture.ReadText("Abstract:A first abstract about pruning that is long enough to count as an abstract.\nThis line lost its prefix.\nAbstract:A second abstract about distillation.\n");

        Assert.Equal([1, 3], dump.Records.Select(r => r.LineNumber));
        var rejection = Assert.Single(dump.Rejections);
        Assert.Equal(2, rejection.LineNumber);
        Assert.Equal("expected a line starting with 'Abstract:'", rejection.Reason);
        Assert.Equal("This line lost its prefix.", rejection.Excerpt);
    }

    [Fact]
    public void An_empty_abstract_is_rejected()
    {
        var dump = Fixture.ReadText("Abstract:A real abstract about transfer learning.\nAbstract:   \n");

        Assert.Single(dump.Records);
        Assert.Equal((2, "'Abstract:' is followed by no text"), (dump.Rejections[0].LineNumber, dump.Rejections[0].Reason));
    }
}
