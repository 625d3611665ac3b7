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

    /// <summary>Told <c>true</c> when a preview or adoption starts and <c>false</c> when it ends, so that the page keeps its editor read-only meanwhile.</summary>
    [Parameter] public EventCallback<bool> WorkingChanged { get; set; }

    /// <summary>Whether the page's editor holds edits not yet applied, which adopting would drop: the notice waits for them.</summary>
    [Parameter] public bool EditsPending { get; set; }

    /// <summary>Whether the page's editor is previewing or applying: the notice waits for it to end.</summary>
    [Parameter] public bool EditorWorking { get; set; }

    protected override async Task OnInitializedAsync() => _differing = await Adopter.DifferingAsync();

    private bool Working => _run is not null;

    private bool Held => Working || EditsPending || EditorWorking;

    private async Task PreviewAsync()
    {
        // A click the browser sent before the page drew the button disabled (right after a key in the editor) still
        // arrives here.
        if (Held)
        {
            return;
        }

        var run = await StartAsync("Previewing", writes: false);
        try
        {
            var (preview, failed) = await run.RunAsync(Attempts, "Previewing the shipped rules", () => Adopter.PreviewAsync(run, run.Cancellation));
            (_preview, _error) = (preview, failed);
            _cancelled = run.IsCancelled && preview is null ? "The preview was cancelled." : null;
        }
        finally
        {
            await EndAsync();
        }
    }

    private async Task AdoptAsync()
    {
        if (Held || _preview is null)
        {
            return;
        }

        var run = await StartAsync("Adopting", writes: true);
        try
        {
            var previewed = _preview.Select(static c => c.Tag.Id).ToList();
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
        }
        finally
        {
            // Whatever the page's reload or the new count threw, the editor must not stay read-only.
            await EndAsync();
        }
    }

    private async Task<RuleScoringRun> StartAsync(string action, bool writes)
    {
        (_cancelled, _error) = (null, null);
        _run = new RuleScoringRun(action, writes);
        await WorkingChanged.InvokeAsync(true);
        return _run;
    }

    private async Task EndAsync()
    {
        _run = null;
        await WorkingChanged.InvokeAsync(false);
    }

    // The page drawing the notice afresh, after an apply of its own, disposes it too.
    public void Dispose() => _run?.StopIfPreview();

    private static string Techniques(int count) => count == 1 ? "1 technique" : $"{count} techniques";

    private static string Names(IEnumerable<ShippedRulesChange> changes) => string.Join(", ", changes.Select(static c => c.Tag.Name));
}
