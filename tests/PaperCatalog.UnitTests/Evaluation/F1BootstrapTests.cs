using PaperCatalog.Cli.Evaluation;

namespace PaperCatalog.UnitTests.Evaluation;

public sealed class F1BootstrapTests
{
    [Fact]
    public void Papers_all_tagged_right_give_no_interval_since_resampling_them_cannot_show_doubt()
    {
        Assert.Null(F1Bootstrap.Interval(Outcomes(truePositives: 20, falsePositives: 0, falseNegatives: 0, trueNegatives: 30)));
    }

    [Fact]
    public void Fewer_than_ten_labeled_papers_give_no_interval()
    {
        Assert.Null(F1Bootstrap.Interval(Outcomes(7, 1, 1, 161)));
        Assert.NotNull(F1Bootstrap.Interval(Outcomes(9, 1, 1, 161)));
    }

    // 40 found, 10 wrongly, 10 missed of 100 papers: F1 0.8. The delta method gives a standard error of
    // sqrt(0.192 / n), so 0.8 ± 1.96 · 0.0438 = 0.714 to 0.886. F1 is skewed, so a percentile bootstrap lies
    // a little lower on both ends (about 0.008, over 200 seeds).
    [Fact]
    public void The_interval_agrees_with_the_normal_approximation_of_f1s_error()
    {
        var interval = F1Bootstrap.Interval(Outcomes(40, 10, 10, 40));

        Assert.NotNull(interval);
        Assert.InRange(interval.Low, 0.706 - 0.02, 0.706 + 0.02);
        Assert.InRange(interval.High, 0.878 - 0.02, 0.878 + 0.02);
    }

    [Fact]
    public void Four_times_the_papers_halve_the_interval_around_the_same_f1()
    {
        var few = F1Bootstrap.Interval(Outcomes(11, 2, 4, 153));
        var many = F1Bootstrap.Interval(Outcomes(44, 8, 16, 612));
        var f1 = TechniqueMetrics.F1Of(11, 2, 4);

        Assert.NotNull(few);
        Assert.NotNull(many);
        Assert.InRange(f1, few.Low, few.High);
        Assert.InRange(f1, many.Low, many.High);
        Assert.InRange((many.High - many.Low) / (few.High - few.Low), 0.4, 0.6);
    }

    [Fact]
    public void The_same_papers_give_the_same_interval_so_reports_can_be_rerun()
    {
        var outcomes = Outcomes(38, 10, 16, 106);

        Assert.Equal(F1Bootstrap.Interval(outcomes), F1Bootstrap.Interval(outcomes));
    }

    [Fact]
    public void No_papers_give_no_interval_rather_than_an_error()
    {
        Assert.Null(F1Bootstrap.Interval([]));
    }

    private static List<TagOutcome> Outcomes(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) =>
    [
        .. Enumerable.Repeat(TagOutcome.TruePositive, truePositives),
        .. Enumerable.Repeat(TagOutcome.FalsePositive, falsePositives),
        .. Enumerable.Repeat(TagOutcome.FalseNegative, falseNegatives),
        .. Enumerable.Repeat(TagOutcome.TrueNegative, trueNegatives),
    ];
}
