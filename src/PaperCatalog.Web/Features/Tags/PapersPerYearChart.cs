using MudBlazor;

namespace PaperCatalog.Web.Features.Tags;

/// <summary>How the techniques page draws its papers-per-year lines.</summary>
public static class PapersPerYearChart
{
    // Okabe and Ito's palette, which colour-blind readers can tell apart, with its pale yellow swapped for a purple
    // that shows on white and on the dark theme. MudBlazor's default gave two techniques nearly the same green.
    private static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#7B3FA0", "#8C8C8C"];

    /// <summary>The chart's options for lines whose largest count is <paramref name="largest"/>.</summary>
    public static LineChartOptions Options(double largest) => new()
    {
        ChartPalette = Palette,
        YAxisTicks = TickStep(largest),
        YAxisLines = true,
        ShowDataMarkers = true,
        LineStrokeWidth = 2.5,
    };

    /// <summary>
    /// The step between the value axis's labels: the smallest 1, 2 or 5 times a power of ten that needs at most five
    /// steps to reach <paramref name="largest"/>. MudBlazor's fixed step of 20 labelled a chart that peaks at 14 with
    /// "0" and "20" only.
    /// </summary>
    public static int TickStep(double largest)
    {
        if (!double.IsFinite(largest) || largest <= 5)
        {
            return 1;
        }

        var rough = largest / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        // 10 × power as well: Log10 of an exact power of ten can come out just under the integer.
        var step = ((double[])[1, 2, 5, 10]).Select(factor => factor * power).First(step => step >= rough);
        return (int)Math.Min(step, int.MaxValue);
    }
}
