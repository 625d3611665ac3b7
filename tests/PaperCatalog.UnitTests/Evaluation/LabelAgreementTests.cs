using PaperCatalog.Cli.Evaluation;

namespace PaperCatalog.UnitTests.Evaluation;

public sealed class LabelAgreementTests
{
    private const string Header = "source\tsplit\tdistillation\ttransfer-learning\ttitle\twhy";

    private static readonly LabelSet First = Labels(
        "001:1\tdev\t1\t1\tOne\tx",
        "001:2\tdev\t1\t0\tTwo\tx",
        "001:3\tdev\t0\t1\tThree\tx",
        "001:4\tdev\t0\t0\tFour\tx",
        "001:5\tholdout\t1\t0\tFive\tx");

    [Fact]
    public void Each_technique_counts_its_four_cells_and_lists_the_papers_labeled_differently()
    {
        var second = Labels("001:1\tdev\t1\t0\tOne\tx", "001:2\tdev\t1\t0\tTwo\tx", "001:3\tdev\t1\t1\tThree\tx", "001:4\tdev\t0\t0\tFour\tx", "001:5\tholdout\t0\t0\tFive\tx");

        var result = LabelAgreement.Compare(First, second, EvaluationSplit.Dev);

        Assert.Equal(4, result.Papers);
        var distillation = result.Techniques[0];
        Assert.Equal((2, 0, 1, 1), (distillation.Both, distillation.FirstOnly, distillation.SecondOnly, distillation.Neither));
        Assert.Equal(0.8, distillation.PositiveAgreement, 12);
        Assert.Equal([("001:1", "transfer-learning", true), ("001:3", "distillation", false)], result.Disagreements.Select(static d => (d.Source, d.Slug, d.First)));
    }

    [Fact]
    public void Kappa_discounts_the_agreement_chance_gives()
    {
        // 3 papers tagged by both, 1 by each alone, 5 by neither: observed 0.8, chance (4·4 + 6·6) / 100 = 0.52.
        var agreement = TechniqueAgreement.From("distillation", both: 3, firstOnly: 1, secondOnly: 1, papers: 10);

        Assert.Equal(5, agreement.Neither);
        Assert.Equal((0.8 - 0.52) / 0.48, agreement.Kappa, 12);
        Assert.Equal(0.75, agreement.PositiveAgreement, 12);
    }

    [Fact]
    public void Agreement_is_the_same_whichever_labeling_comes_first()
    {
        var one = TechniqueAgreement.From("distillation", both: 7, firstOnly: 2, secondOnly: 5, papers: 40);
        var other = TechniqueAgreement.From("distillation", both: 7, firstOnly: 5, secondOnly: 2, papers: 40);

        Assert.Equal((one.PositiveAgreement, one.Kappa), (other.PositiveAgreement, other.Kappa));
    }

    [Fact]
    public void A_technique_neither_labeling_tags_agrees_fully()
    {
        var agreement = TechniqueAgreement.From("distillation", 0, 0, 0, papers: 12);

        Assert.Equal((1.0, 1.0, 12), (agreement.PositiveAgreement, agreement.Kappa, agreement.Neither));
    }

    [Fact]
    public void Files_that_do_not_label_the_same_papers_the_same_way_are_refused_with_the_papers_named()
    {
        var missing = Labels("001:1\tdev\t1\t1\tOne\tx", "001:2\tdev\t1\t0\tTwo\tx", "001:3\tdev\t0\t1\tThree\tx", "001:4\tdev\t0\t0\tFour\tx");
        var moved = Labels("001:1\tdev\t1\t1\tOne\tx", "001:2\tdev\t1\t0\tTwo\tx", "001:3\tdev\t0\t1\tThree\tx", "001:4\tholdout\t0\t0\tFour\tx", "001:5\tholdout\t1\t0\tFive\tx");
        var other = LabelFile.Parse(["source\tsplit\tdistillation\ttitle\twhy", "001:1\tdev\t1\tOne\tx"], "other.tsv");

        Assert.Contains("does not label: 001:5", Assert.Throws<InvalidOperationException>(() => LabelAgreement.Compare(First, missing, EvaluationSplit.All)).Message, StringComparison.Ordinal);
        Assert.Contains("different splits: 001:4", Assert.Throws<InvalidOperationException>(() => LabelAgreement.Compare(First, moved, EvaluationSplit.All)).Message, StringComparison.Ordinal);
        Assert.Contains("different techniques", Assert.Throws<InvalidOperationException>(() => LabelAgreement.Compare(First, other, EvaluationSplit.All)).Message, StringComparison.Ordinal);
    }

    private static LabelSet Labels(params string[] lines) => LabelFile.Parse([Header, .. lines], "labels.tsv");
}
