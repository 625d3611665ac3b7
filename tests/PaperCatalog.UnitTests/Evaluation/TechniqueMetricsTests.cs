using PaperCatalog.Cli.Evaluation;

namespace PaperCatalog.UnitTests.Evaluation;

public sealed class TechniqueMetricsTests
{
    [Fact]
    public void Precision_recall_and_f1_follow_from_the_counts()
    {
        var metrics = TechniqueMetrics.From("distillation", truePositives: 3, falsePositives: 1, falseNegatives: 2);

        Assert.Equal((0.75, 0.6, 5), (metrics.Precision, metrics.Recall, metrics.Support));
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, metrics.F1, 12);
    }

    [Fact]
    public void A_technique_never_tagged_but_labeled_scores_0_not_an_undefined_precision()
    {
        var metrics = TechniqueMetrics.From("distillation", 0, 0, 2);

        Assert.Equal((0.0, 0.0, 0.0), (metrics.Precision, metrics.Recall, metrics.F1));
    }

    [Fact]
    public void A_technique_with_nothing_labeled_and_nothing_tagged_is_perfect()
    {
        var metrics = TechniqueMetrics.From("distillation", 0, 0, 0);

        Assert.Equal((1.0, 1.0, 1.0, 0), (metrics.Precision, metrics.Recall, metrics.F1, metrics.Support));
    }

    [Fact]
    public void Tagging_papers_when_none_is_labeled_scores_0()
    {
        var metrics = TechniqueMetrics.From("distillation", 0, 2, 0);

        Assert.Equal((0.0, 0.0, 0.0), (metrics.Precision, metrics.Recall, metrics.F1));
    }

    [Fact]
    public void The_macro_average_is_the_unweighted_mean_over_techniques()
    {
        var average = MacroAverage.Of([TechniqueMetrics.From("a", 1, 0, 0), TechniqueMetrics.From("b", 1, 1, 3)]);

        Assert.Equal(["a", "b"], average.Techniques);
        Assert.Equal((0.75, 0.625), (average.Precision, average.Recall));
        Assert.Equal((1 + (2 * 0.5 * 0.25 / 0.75)) / 2, average.F1, 12);
    }
}
