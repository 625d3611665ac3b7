using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using PaperCatalog.Data.Search;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>
/// Low-confidence automatic tags, one in focus at a time: C or Enter confirms, R or Delete rejects,
/// U (or Z) takes back the last decision, J and K (or the arrow keys) move, O opens the paper.
/// </summary>
public partial class ReviewPage
{
    [Inject] private ListTagsToReview Pending { get; set; } = default!;
    [Inject] private DecidePaperTags Decide { get; set; } = default!;
    [Inject] private ReopenReviewedTag Reopen { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Only this tag's automatic tags, when given.</summary>
    [SupplyParameterFromQuery(Name = "tag")]
    public string? Tag { get; set; }

    private List<TagToReview> _items = [];
    private int _total;
    private int _current;
    private string? _message;

    // This visit's decisions, last on top, as the tags were listed before each: an undo puts one back as it was.
    private readonly Stack<(TagToReview Item, bool Applied)> _decisions = new();
    private ElementReference _list;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await _list.FocusAsync();
        }
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
                _current = Math.Min(_current + 1, _items.Count - 1);
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

    private async Task DecideAsync(int index, bool applied)
    {
        if (index < 0 || index >= _items.Count)
        {
            return;
        }

        var item = _items[index];
        var (_, error) = await Decide.DecideAsync([item.PaperId], item.Slug, applied, "review");
        if (error is null)
        {
            _decisions.Push((item, applied));
        }

        _message = error ?? $"{(applied ? "Confirmed" : "Rejected")} {item.TagName} on “{item.Title}”.";
        _current = index;
        await LoadAsync();
    }

    private async Task UndoAsync()
    {
        if (!_decisions.TryPop(out var last))
        {
            return;
        }

        var error = await Reopen.ReopenAsync(last.Item, last.Applied);
        _message = error ?? $"Undone: {last.Item.TagName} on “{last.Item.Title}” waits for review again.";
        await LoadAsync();
        var restored = _items.FindIndex(i => i.PaperId == last.Item.PaperId && i.Slug == last.Item.Slug);
        _current = restored >= 0 ? restored : _current;
        // The Undo button takes the focus from the list, whose keys would then stop working.
        await _list.FocusAsync();
    }

    private static HighlightedText MarkedTitle(TagToReview item) => EvidenceHighlights.In(item.Title, item.Evidence, EvidenceSpan.Title);

    private static HighlightedText MarkedAbstract(TagToReview item) => EvidenceHighlights.In(item.Abstract, item.Evidence, EvidenceSpan.Abstract);
}
