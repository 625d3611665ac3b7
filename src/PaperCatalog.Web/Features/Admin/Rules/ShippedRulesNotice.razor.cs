using Microsoft.AspNetCore.Components;
using PaperCatalog.Web.Components.Shared;

namespace PaperCatalog.Web.Features.Admin.Rules;

/// <summary>
/// After an upgrade, lets an admin adopt the shipped rules of every technique whose rules differ from them in one step:
/// a preview of what each technique would gain and lose, then one transaction (<see cref="AdoptShippedRules"/>).
/// </summary>
public partial class ShippedRulesNotice
{
    private IReadOnlyList<RuledTag> _differing = [];
    private IReadOnlyList<ShippedRulesChange>? _preview;
    private IReadOnlyList<ShippedRulesChange>? _result;
    private bool _working;
    private string? _error;

    [Inject] private AdoptShippedRules Adopter { get; set; } = default!;

    [Inject] private ChangeAttempts Attempts { get; set; } = default!;

    /// <summary>Told once the rules are adopted, so that the page shows the catalog's new rules.</summary>
    [Parameter] public EventCallback Adopted { get; set; }

    protected override async Task OnInitializedAsync() => _differing = await Adopter.DifferingAsync();

    private async Task PreviewAsync()
    {
        _working = true;
        var (preview, failed) = await Attempts.RunAsync("Previewing the shipped rules", Adopter.PreviewAsync);
        (_preview, _error) = (preview, failed);
        _working = false;
    }

    private async Task AdoptAsync()
    {
        _working = true;
        var previewed = _preview!.Select(static c => c.Tag.Id).ToList();
        var (outcome, failed) = await Attempts.RunAsync("Adopting the shipped rules", () => Adopter.AdoptAsync(previewed));
        var (result, refused) = outcome;
        _error = failed ?? refused;
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

        _working = false;
    }

    private static string Techniques(int count) => count == 1 ? "1 technique" : $"{count} techniques";

    private static string Names(IEnumerable<ShippedRulesChange> changes) => string.Join(", ", changes.Select(static c => c.Tag.Name));
}
