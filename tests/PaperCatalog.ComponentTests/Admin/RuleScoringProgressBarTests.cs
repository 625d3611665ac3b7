using System.Globalization;
using Bunit;
using PaperCatalog.Importing.Tagging;
using PaperCatalog.Web.Features.Admin.Rules;

namespace PaperCatalog.ComponentTests.Admin;

/// <summary>A preview or apply of rules as it scores the catalog: the bar, the count under it, and Cancel.</summary>
public sealed class RuleScoringProgressBarTests : MudComponentTest
{
    [Fact]
    public void The_bar_fills_as_papers_are_scored_and_the_step_counts_them()
    {
        var run = new RuleScoringRun("Previewing", writes: false);
        var cut = Render<RuleScoringProgressBar>(p => p.Add(b => b.Run, run));
        Assert.Equal("Previewing: starting…", Step(cut));

        run.Report(new RuleScoringProgress(1200, 5000));
        cut.WaitForAssertion(() => Assert.Equal("Previewing: scored 1,200 of 5,000 papers", Step(cut)));
        Assert.Equal(24, BarValue(cut), 3);

        run.Report(new RuleScoringProgress(5000, 5000));
        cut.WaitForAssertion(() => Assert.Equal("Previewing: every paper scored", Step(cut)));
    }

    [Fact]
    public void An_apply_says_it_waits_for_the_catalog_before_scoring_and_writes_the_tags_after()
    {
        var run = new RuleScoringRun("Applying", writes: true);
        var cut = Render<RuleScoringProgressBar>(p => p.Add(b => b.Run, run));
        Assert.Equal("Applying: waiting until no import or other rule change is running…", Step(cut));

        run.Report(new RuleScoringProgress(4500, 4500));
        cut.WaitForAssertion(() => Assert.Equal("Applying: every paper scored; writing the tags…", Step(cut)));
    }

    [Fact]
    public void Cancel_cancels_the_run_and_cannot_be_pressed_twice()
    {
        var run = new RuleScoringRun("Previewing", writes: false);
        run.Report(new RuleScoringProgress(2000, 9000));
        var cut = Render<RuleScoringProgressBar>(p => p.Add(b => b.Run, run));

        cut.Find(".rule-scoring-cancel").Click();

        Assert.True(run.Cancellation.IsCancellationRequested);
        cut.WaitForAssertion(() => Assert.Equal("Cancelling…", cut.Find(".rule-scoring-cancel").TextContent.Trim()));
        Assert.True(cut.Find(".rule-scoring-cancel").HasAttribute("disabled"));
    }

    private static string Step(IRenderedComponent<RuleScoringProgressBar> cut) => cut.Find(".rule-scoring-step").TextContent.Trim();

    private static double BarValue(IRenderedComponent<RuleScoringProgressBar> cut)
    {
        var bar = cut.Find(".rule-scoring .mud-progress-linear");
        var value = bar.GetAttribute("aria-valuenow") ?? bar.QuerySelector("[aria-valuenow]")?.GetAttribute("aria-valuenow");
        return double.Parse(value!, CultureInfo.InvariantCulture);
    }
}
