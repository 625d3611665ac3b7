using Microsoft.AspNetCore.Components;
using PaperCatalog.Web.Components.Shared;

namespace PaperCatalog.Web.Features.Admin.Rules;

/// <summary>
/// After an upgrade, lets an admin adopt the shipped rules of every technique whose rules differ from them in one step:
/// a preview of what each technique would gain and lose, then one transaction (<see cref="AdoptShippedRules"/>).
/// </summary>
public partial class ShippedRulesNotice : IDisposable
{
    private IReadOnlyList<RuledTag> _differing = [];
    private IReadOnlyList<ShippedRulesChange>? _preview;
    private IReadOnlyList<ShippedRulesChange>? _result;
    private RuleScoringRun? _run;
    private string? _cancelled;
    private string? _error;

    [Inject] private AdoptShippedRules Adopter { get; set; } = default!;

    [Inject] private ChangeAttempts Attempts { get; set; } = default!;

    /// <summary>Told once the rules are adopted, so that the page shows the catalog's new rules.</summary>
    [Parameter] public EventCallback Adopted { get; set; }

    protected override async Task OnInitializedAsync() => _differing = await Adopter.DifferingAsync();

    private bool Working => _run is not null;

    private async Task PreviewAsync()
    {
        var run = Start("Previewing", writes: false);
        var (preview, failed) = await run.RunAsync(Attempts, "Previewing the shipped rules", () => Adopter.PreviewAsync(run, run.Cancellation));
        (_preview, _error) = (preview, failed);
        _cancelled = run.IsCancelled && preview is null ? "The preview was cancelled." : null;
        _run = null;
    }

    private async Task AdoptAsync()
    {
        var run = Start("Adopting", writes: true);
        var previewed = _preview!.Select(static c => c.Tag.Id).ToList();
        var (outcome, failed) = await run.RunAsync(Attempts, "Adopting the shipped rules", () => Adopter.AdoptAsync(previewed, run, run.Cancellation));
        var (result, refused) = outcome;
        _error = failed ?? refused;
        _cancelled = run.IsCancelled && result is null && refused is null ? "Adopting was cancelled; nothing was changed." : null;
        if (result is not null)
        {
            (_result, _preview, _differing) = (result, null, []);
            await Adopted.InvokeAsync();
        }
        else if (refused is not null)
        {
            // Someone changed rules meanwhile: what differs now is what a new preview will show.
            (_preview, _differing) = (null, await Adopter.DifferingAsync());
        }

        _run = null;
    }

    private RuleScoringRun Start(string action, bool writes)
    {
        (_cancelled, _error) = (null, null);
        return _run = new RuleScoringRun(action, writes);
    }

    // The page drawing the notice afresh, after an apply of its own, disposes it too.
    public void Dispose() => _run?.StopIfPreview();

    private static string Techniques(int count) => count == 1 ? "1 technique" : $"{count} techniques";

    private static string Names(IEnumerable<ShippedRulesChange> changes) => string.Join(", ", changes.Select(static c => c.Tag.Name));
}
