using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using PaperCatalog.Data.Search;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Web.Components.Shared;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>
/// Low-confidence automatic tags, one in focus at a time: C or Enter confirms, R, Delete or X rejects,
/// U or Z takes back the last decision, J and K (or the arrow keys) move, O opens the paper.
/// </summary>
public partial class ReviewPage
{
    [Inject] private ListTagsToReview Pending { get; set; } = default!;
    [Inject] private DecidePaperTags Decide { get; set; } = default!;
    [Inject] private ReopenReviewedTag Reopen { get; set; } = default!;
    [Inject] private ChangeAttempts Attempts { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;

    /// <summary>Only this tag's automatic tags, when given.</summary>
    [SupplyParameterFromQuery(Name = "tag")]
    public string? Tag { get; set; }

    private List<TagToReview> _items = [];
    private int _total;
    private int _current;
    private string? _message;
    private bool _failed;
    private ElementReference _list;

    // This visit's decisions, last on top, as the tags were listed before each: an undo puts one back as it was.
    private readonly Stack<(TagToReview Item, bool Applied)> _decisions = new();

    // Keys pressed while a decision or an undo is still being written are dropped: an undo pressed right after a
    // confirm would otherwise take back the decision before it, and two reloads could land out of order.
    private bool _busy;

    // The item last scrolled into view, so that the window moves only when the focus does.
    private (long PaperId, string Slug)? _shown;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // Focus for the keys only: the page opens at its top, not scrolled to the list.
            await _list.FocusAsync(preventScroll: true);
        }

        var current = _items.Count > 0 ? (_items[_current].PaperId, _items[_current].Slug) : default((long, string)?);
        if (!firstRender && current != _shown)
        {
            await Js.InvokeVoidAsync("paperCatalog.showInView", ".review-item.current");
        }

        _shown = current;
    }

    private async Task LoadAsync()
    {
        var (items, total) = await Pending.HandleAsync(string.IsNullOrWhiteSpace(Tag) ? null : Tag, CancellationToken.None);
        (_items, _total) = (items.ToList(), total);
        _current = Math.Clamp(_current, 0, Math.Max(0, _items.Count - 1));
    }

    private async Task OnKeyAsync(KeyboardEventArgs key)
    {
        switch (key.Key)
        {
            case "j" or "ArrowDown":
                _current = Math.Max(0, Math.Min(_current + 1, _items.Count - 1));
                break;
            case "k" or "ArrowUp":
                _current = Math.Max(_current - 1, 0);
                break;
            case "c" or "Enter":
                await DecideAsync(_current, true);
                break;
            case "r" or "Delete" or "x":
                await DecideAsync(_current, false);
                break;
            case "u" or "z":
                await UndoAsync();
                break;
            case "o" when _items.Count > 0:
                Navigation.NavigateTo($"/papers/{_items[_current].PaperId}");
                break;
        }
    }

    private Task DecideAsync(int index, bool applied) => OneAtATimeAsync(async () =>
    {
        if (index < 0 || index >= _items.Count)
        {
            return;
        }

        var item = _items[index];
        var ((changed, error), failed) = await Attempts.RunAsync(
            $"{(applied ? "Confirming" : "Rejecting")} {item.TagName}", () => Decide.DecideAsync([item.PaperId], item.Slug, applied, "review"));
        if (changed == 1)
        {
            _decisions.Push((item, applied));
        }

        var decided = applied ? "Confirmed" : "Rejected";
        _failed = failed is not null;
        _message = failed ?? error ?? (changed == 1 ? $"{decided} {item.TagName} on “{item.Title}”." : $"{item.TagName} on “{item.Title}” was already decided; nothing changed.");
        _current = index;
        if (failed is null)
        {
            await ReloadAsync();
        }
    });

    private Task UndoAsync() => OneAtATimeAsync(async () =>
    {
        if (!_decisions.TryPeek(out var last))
        {
            return;
        }

        var (error, failed) = await Attempts.RunAsync("Undoing", () => Reopen.ReopenAsync(last.Item, last.Applied));
        _failed = failed is not null;
        if (failed is null)
        {
            _decisions.Pop();
            // Scored again, the tag may now be too sure to be listed for review: then it is only automatic again.
            _message = error ?? $"Undone: {last.Item.TagName} on “{last.Item.Title}” is automatic again.";
            await ReloadAsync();
            var restored = _items.FindIndex(i => i.PaperId == last.Item.PaperId && i.Slug == last.Item.Slug);
            _current = restored >= 0 ? restored : _current;
            if (restored >= 0 && error is null && !_failed)
            {
                _message = $"Undone: {last.Item.TagName} on “{last.Item.Title}” waits for review again.";
            }
        }
        else
        {
            // The decision stays on the stack: U tries the same undo again.
            _message = failed;
        }

        // The Undo button takes the focus from the list, whose keys would then stop working.
        await _list.FocusAsync();
    });

    // After a change went through: a list that cannot be read now stays as it was, with the change's message kept.
    private async Task ReloadAsync()
    {
        if (await Attempts.RunAsync("Refreshing the list", LoadAsync) is { } failed)
        {
            (_message, _failed) = ($"{_message} {failed}", true);
        }
    }

    private async Task OneAtATimeAsync(Func<Task> work)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            await work();
        }
        finally
        {
            _busy = false;
        }
    }

    private static HighlightedText MarkedTitle(TagToReview item) => EvidenceHighlights.In(item.Title, item.Abstract, item.Evidence, EvidenceSpan.Title);

    private static HighlightedText MarkedAbstract(TagToReview item) => EvidenceHighlights.In(item.Title, item.Abstract, item.Evidence, EvidenceSpan.Abstract);
}
