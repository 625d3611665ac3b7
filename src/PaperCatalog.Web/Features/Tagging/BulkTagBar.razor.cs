using Microsoft.AspNetCore.Components;
using PaperCatalog.Data.Search;
using PaperCatalog.Web.Components.Shared;
using PaperCatalog.Web.Features.Papers;
using PaperCatalog.Web.Features.Tags;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>
/// For editors on the papers page: adds or removes a tag on every paper of the current view (search and filters),
/// after asking, in one transaction (<see cref="DecidePaperTags"/>).
/// </summary>
public partial class BulkTagBar
{
    [Inject] private PaperSearch Search { get; set; } = default!;

    [Inject] private DecidePaperTags Decide { get; set; } = default!;

    [Inject] private ChangeAttempts Attempts { get; set; } = default!;

    /// <summary>The view whose papers are tagged.</summary>
    [Parameter, EditorRequired] public PaperSearchCriteria Criteria { get; set; } = new();

    /// <summary>How many papers the view holds.</summary>
    [Parameter] public int Total { get; set; }

    /// <summary>Whether more papers match than <see cref="Total"/> says (the count stopped at its cap).</summary>
    [Parameter] public bool TotalIsCapped { get; set; }

    /// <summary>The tags that can be applied.</summary>
    [Parameter] public IReadOnlyList<TagName> Tags { get; set; } = [];

    /// <summary>Called after papers were tagged, to refresh the view.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    private string? _slug;
    private bool _working;
    private string? _message;
    private bool _failed;

    // Add (true) or remove (false), asked for and awaiting confirmation.
    private bool? _pending;

    // The view the pending question was asked about: another view (a new search) drops the question.
    private string? _askedAbout;

    protected override void OnParametersSet()
    {
        var view = PaperQueryString.For(Criteria, withPosition: false);
        if (view != _askedAbout)
        {
            (_askedAbout, _pending) = (view, null);
        }
    }

    private bool TooMany => TotalIsCapped || Total > DecidePaperTags.MaxPapers;

    // "all 1 papers" reads as a slip.
    private string ThePapers => Total == 1 ? "the one paper" : $"all {Total:N0} papers";

    private bool CanAsk => _slug is not null && !_working && !TooMany;

    private void Ask(bool applied) => (_pending, _message) = (applied, null);

    private string TagNameOf(string? slug) => Tags.FirstOrDefault(t => t.Slug == slug)?.Name ?? slug ?? "";

    private async Task ApplyAsync(bool applied)
    {
        _working = true;
        var what = $"{(applied ? "Adding" : "Removing")} {TagNameOf(_slug)}";
        var ((ids, changed, error), failed) = await Attempts.RunAsync(what, () => DecideForViewAsync(applied));
        // After a failure the question stays open, so that the same button tries again.
        _working = false;
        _failed = failed is not null;
        if (failed is not null)
        {
            _message = failed;
            return;
        }

        var unchanged = ids - changed;
        _message = error ?? $"{(applied ? "Added to" : "Removed from")} {changed:N0} paper{(changed == 1 ? "" : "s")} ({unchanged:N0} {(applied ? "had it already" : "did not carry it")}).";
        _pending = null;
        await OnChanged.InvokeAsync();
    }

    // Every paper of the view (up to one past the limit, which the handler then refuses), decided in one transaction.
    private async Task<(int Papers, int Changed, string? Error)> DecideForViewAsync(bool applied)
    {
        var ids = new List<long>();
        var page = Criteria with { Cursor = null, Page = 1, PageSize = PaperSearchCriteria.MaxPageSize };
        while (ids.Count <= DecidePaperTags.MaxPapers)
        {
            var result = await Search.SearchAsync(page, CancellationToken.None, SearchParts.Rows);
            ids.AddRange(result.Items.Select(i => i.Id));
            if (result.NextCursor is null)
            {
                break;
            }

            page = page with { Cursor = SearchCursor.Decode(result.NextCursor) };
        }

        var view = PaperQueryString.For(Criteria, withPosition: false);
        var (changed, error) = await Decide.DecideAsync(ids, _slug!, applied, "bulk: " + (view.Length > 0 ? view : "every paper"));
        return (ids.Count, changed, error);
    }
}
