using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
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
public partial class RulesPage : IDisposable
{
    private IReadOnlyList<RuledTag> _tags = [];
    private List<EditableRule> _rules = [];
    private Dictionary<int, string> _problems = [];
    private RuleChangeDiff? _preview;
    private bool _applied;
    private RuleScoringRun? _run;
    private string? _cancelled;
    private string? _error;
    private ShippedRuleDifference? _savedDifference;

    // Whether the rules on screen differ from the catalog's: adopting every shipped rule would reload them.
    private bool _edited;

    // Whether "Discard your changes?" is on screen.
    private bool _askingToLeave;

    // Counts the switches of tag called off, each drawing the tag list afresh. Its key is a string, unlike the
    // notice's number: siblings' keys must differ.
    private int _tagChoiceKept;

    private string TagChoiceKey => $"tag-choice-{_tagChoiceKept}";

    // Whether the notice above is previewing or adopting; the editor is read-only meanwhile.
    private bool _adopting;

    // Counts the changes applied here, to draw the notice of all techniques' shipped rules afresh after each.
    private int _rulesApplied;

    [Inject] private EditTagRules Editor { get; set; } = default!;

    [Inject] private ChangeAttempts Attempts { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    /// <summary>The tag whose rules are edited.</summary>
    [SupplyParameterFromQuery(Name = "tag")]
    public int? TagId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        // The rules are read-only while a run lasts, but the browser's history can still change the tag.
        _run?.StopIfPreview();
        _tags = await Editor.TagsAsync();
        _rules = TagId is { } id ? await Editor.RulesAsync(id) : [];
        _savedDifference = DifferenceFromShipped();
        _preview = null;
        Changed();
        _edited = false;
    }

    private bool Working => _run is not null || _adopting;

    // An apply under way carries the edit with it, so leaving then loses nothing.
    private bool HasUnappliedEdits => _edited && _run is not { Writes: true };

    private async Task ConfirmLeavingAsync(LocationChangingContext leaving)
    {
        if (!HasUnappliedEdits)
        {
            return;
        }

        // One question at a time: Back pressed while it is asked waits for the answer, not a second box.
        if (_askingToLeave)
        {
            leaving.PreventNavigation();
            return;
        }

        _askingToLeave = true;
        var tag = CurrentTag?.Name ?? "this tag";
        var discard = await Dialogs.ShowMessageBoxAsync(
            "Discard your changes?",
            $"The rules of {tag} have changes that were not applied. Leaving drops them.",
            yesText: "Discard changes",
            cancelText: "Keep editing");
        _askingToLeave = false;
        if (discard != true)
        {
            leaving.PreventNavigation();
            // The tag list shows the tag chosen, not the one still edited, until it is drawn afresh.
            _tagChoiceKept++;
        }
    }

    private RuledTag? CurrentTag => _tags.FirstOrDefault(t => t.Id == TagId);

    private string? Slug => CurrentTag?.Slug;

    private ShippedRuleDifference? DifferenceFromShipped() => Slug is { } slug ? EditTagRules.DifferenceFromShipped(slug, _rules) : null;

    private bool ShippedAreLoaded => DifferenceFromShipped() is { IsNone: true };

    private static string Rules(int count) => count == 1 ? "1 rule" : $"{count} rules";

    private void LoadShipped()
    {
        _rules = EditTagRules.ShippedRules(Slug!)!;
        Changed();
    }

    // A pattern reaches its rule 300 ms after the last key (the field's debounce), but the page counts as edited from
    // the first: a click on "Adopt them all" right after typing must find the notice held back, not reload the
    // rules under the edit. The field echoes the rule's own pattern when the page sets it, which is no edit.
    private void Typing(EditableRule rule, string text)
    {
        if (text != rule.Pattern)
        {
            (_edited, _preview, _applied) = (true, null, false);
        }
    }

    private void Changed()
    {
        _problems = EditTagRules.Problems(_rules);
        _edited = true;
        _preview = null;
        _applied = false;
        _cancelled = null;
        _error = null;
    }

    private async Task PreviewAsync()
    {
        var (run, tagId) = (Start("Previewing", writes: false), TagId!.Value);
        var (outcome, failed) = await run.RunAsync(Attempts, "Previewing the rules", () => Editor.PreviewAsync(tagId, _rules, run, run.Cancellation));
        if (Ended(run, tagId))
        {
            (_preview, _error) = failed is null ? outcome : (null, failed);
            _cancelled = Cancelled(run, outcome.Diff, "The preview was cancelled.");
        }
    }

    private async Task ApplyAsync()
    {
        var (run, tagId) = (Start("Applying", writes: true), TagId!.Value);
        var (outcome, failed) = await run.RunAsync(Attempts, "Applying the rules", () => Editor.ApplyAsync(tagId, _rules, run, run.Cancellation));
        _rulesApplied += outcome.Diff is not null ? 1 : 0;
        if (Ended(run, tagId))
        {
            // A failed or cancelled apply keeps the preview, so that Apply can simply be pressed again.
            (_preview, _error) = outcome.Diff is not null || outcome.Error is not null ? outcome : (_preview, failed);
            _applied = outcome.Diff is not null;
            _edited &= !_applied;
            _cancelled = Cancelled(run, outcome.Diff, "The apply was cancelled; nothing was changed.");
            _savedDifference = _applied ? DifferenceFromShipped() : _savedDifference;
        }
    }

    // Whether the run's outcome belongs on the page: not when Back or Forward has brought up another tag meanwhile
    // (the apply still happened, and is in the audit log).
    private bool Ended(RuleScoringRun run, int tagId)
    {
        _run = ReferenceEquals(_run, run) ? null : _run;
        return TagId == tagId;
    }

    private RuleScoringRun Start(string action, bool writes)
    {
        (_cancelled, _error) = (null, null);
        return _run = new RuleScoringRun(action, writes);
    }

    // A cancel that came after the apply committed cancelled nothing: the result stands.
    private static string? Cancelled(RuleScoringRun run, RuleChangeDiff? result, string message) => run.IsCancelled && result is null ? message : null;

    public void Dispose() => _run?.StopIfPreview();
}
