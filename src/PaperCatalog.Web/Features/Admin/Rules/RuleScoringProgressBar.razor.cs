using System.Globalization;
using Microsoft.AspNetCore.Components;
using PaperCatalog.Importing.Tagging;

namespace PaperCatalog.Web.Features.Admin.Rules;

/// <summary>
/// Shows a <see cref="RuleScoringRun"/> as it goes: at a million papers a preview scores for minutes, so the bar fills
/// batch by batch, and Cancel stops it. The bar is indeterminate before the pass starts (an apply may wait for an
/// import) and while an apply writes the tags, which have no count to show.
/// </summary>
public partial class RuleScoringProgressBar : IDisposable
{
    private RuleScoringRun? _subscribed;

    /// <summary>The run to show; the page that started it keeps it, to pass its progress and cancellation on.</summary>
    [Parameter, EditorRequired] public RuleScoringRun Run { get; set; } = default!;

    // Each render reads the latest report once, so the bar and the line under it always agree.
    private static double? Fraction(RuleScoringProgress? progress) => progress is { IsScored: false } ? progress.Fraction : null;

    private string Step(RuleScoringProgress? progress) => progress switch
    {
        // An apply takes the import lock before it scores, so it waits while an import or another apply runs.
        null when Run.Writes => $"{Run.Action}: waiting until no import or other rule change is running…",
        null => $"{Run.Action}: starting…",
        { IsScored: false } p => $"{Run.Action}: scored {Count(p.Scored)} of {Count(p.Total)} papers",
        _ when Run.Writes => $"{Run.Action}: every paper scored; writing the tags…",
        _ => $"{Run.Action}: every paper scored",
    };

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_subscribed, Run))
        {
            Unsubscribe();
            (_subscribed = Run).Changed += Redraw;
        }
    }

    public void Dispose() => Unsubscribe();

    private void Unsubscribe()
    {
        if (_subscribed is not null)
        {
            _subscribed.Changed -= Redraw;
        }
    }

    // Reports come from the pass's thread; the renderer takes them in turn.
    private void Redraw() => _ = InvokeAsync(StateHasChanged);

    private static string Count(int papers) => papers.ToString("N0", CultureInfo.InvariantCulture);
}
