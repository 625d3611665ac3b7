using PaperCatalog.Web.Features.Tags;

namespace PaperCatalog.ComponentTests.Tags;

/// <summary>The techniques chart labels its value axis in a few round steps, whatever the largest count.</summary>
public sealed class PapersPerYearChartTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(14, 5)]
    [InlineData(25, 5)]
    [InlineData(26, 10)]
    [InlineData(120, 50)]
    [InlineData(48_000, 10_000)]
    [InlineData(5_000, 1_000)]
    [InlineData(5_001, 2_000)]
    [InlineData(1e12, int.MaxValue)]
    [InlineData(double.NaN, 1)]
    [InlineData(double.PositiveInfinity, 1)]
    [InlineData(-3, 1)]
    public void The_step_is_a_round_number_reaching_the_largest_count_in_at_most_five_steps(double largest, int step)
    {
        Assert.Equal(step, PapersPerYearChart.TickStep(largest));
    }

    [Fact]
    public void Every_technique_of_a_full_chart_gets_its_own_colour()
    {
        var palette = PapersPerYearChart.Options(10).ChartPalette;

        Assert.True(palette.Length >= 7, "the seven shipped techniques");
        Assert.Equal(palette.Length, palette.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
