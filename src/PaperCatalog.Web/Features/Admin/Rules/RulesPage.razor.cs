using Microsoft.AspNetCore.Components;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Importing.Tagging;
using PaperCatalog.Web.Components.Shared;

namespace PaperCatalog.Web.Features.Admin.Rules;

/// <summary>
/// An admin edits one technique's rules, previews which papers would gain or lose the tag, then applies the change
/// to the whole catalog in one transaction (<see cref="RuleChange"/>). Any edit drops the preview, so what is
/// applied is always what was last previewed. When the catalog's rules for a technique differ from the ones this version
/// ships, the page says how, and loads the shipped ones to preview and apply like any edit; above it,
/// <see cref="ShippedRulesNotice"/> adopts the shipped rules of every such technique at once.
/// </summary>
public partial class RulesPage
{
    private IReadOnlyList<RuledTag> _tags = [];
    private List<EditableRule> _rules = [];
    private Dictionary<int, string> _problems = [];
    private RuleChangeDiff? _preview;
    private bool _applied;
    private bool _working;
    private string? _error;
    private ShippedRuleDifference? _savedDifference;

    // Counts the changes applied here, to draw the notice of all techniques' shipped rules afresh after each.
    private int _rulesApplied;

    [Inject] private EditTagRules Editor { get; set; } = default!;

    [Inject] private ChangeAttempts Attempts { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The tag whose rules are edited.</summary>
    [SupplyParameterFromQuery(Name = "tag")]
    public int? TagId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _tags = await Editor.TagsAsync();
        _rules = TagId is { } id ? await Editor.RulesAsync(id) : [];
        _savedDifference = DifferenceFromShipped();
        _preview = null;
        Changed();
    }

    private string? Slug => _tags.FirstOrDefault(t => t.Id == TagId)?.Slug;

    private ShippedRuleDifference? DifferenceFromShipped() => Slug is { } slug ? EditTagRules.DifferenceFromShipped(slug, _rules) : null;

    private bool ShippedAreLoaded => DifferenceFromShipped() is { IsNone: true };

    private static string Rules(int count) => count == 1 ? "1 rule" : $"{count} rules";

    private void LoadShipped()
    {
        _rules = EditTagRules.ShippedRules(Slug!)!;
        Changed();
    }

    private void Changed()
    {
        _problems = EditTagRules.Problems(_rules);
        _preview = null;
        _applied = false;
        _error = null;
    }

    private async Task PreviewAsync()
    {
        _working = true;
        var (outcome, failed) = await Attempts.RunAsync("Previewing the rules", () => Editor.PreviewAsync(TagId!.Value, _rules));
        (_preview, _error) = failed is null ? outcome : (null, failed);
        _working = false;
    }

    private async Task ApplyAsync()
    {
        _working = true;
        var (outcome, failed) = await Attempts.RunAsync("Applying the rules", () => Editor.ApplyAsync(TagId!.Value, _rules));
        // A failed apply keeps the preview, so that Apply can simply be pressed again.
        (_preview, _error) = failed is null ? outcome : (_preview, failed);
        _applied = failed is null && _preview is not null;
        _savedDifference = _applied ? DifferenceFromShipped() : _savedDifference;
        _rulesApplied += _applied ? 1 : 0;
        _working = false;
    }
}
