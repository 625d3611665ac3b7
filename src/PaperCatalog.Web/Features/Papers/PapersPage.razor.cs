using Microsoft.AspNetCore.Components;
using PaperCatalog.Data.Search;
using PaperCatalog.Web.Components.Shared;
using PaperCatalog.Web.Features.Tags;

namespace PaperCatalog.Web.Features.Papers;

/// <summary>
/// The papers page. Its whole state is the URL's query: every change navigates to a new URL,
/// so reload, back/forward and shared links all give the same view.
/// </summary>
public partial class PapersPage
{
    [Inject] private SearchPapers SearchHandler { get; set; } = default!;
    [Inject] private ListTags ListTags { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ILogger<PapersPage> Logger { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")] public string? Q { get; set; }
    [SupplyParameterFromQuery(Name = "tags")] public string[]? Tags { get; set; }
    [SupplyParameterFromQuery(Name = "tagMode")] public string? TagMode { get; set; }
    [SupplyParameterFromQuery(Name = "excludeTags")] public string[]? ExcludeTags { get; set; }
    [SupplyParameterFromQuery(Name = "yearFrom")] public string? YearFrom { get; set; }
    [SupplyParameterFromQuery(Name = "yearTo")] public string? YearTo { get; set; }
    [SupplyParameterFromQuery(Name = "hasUpvotes")] public string? HasUpvotes { get; set; }
    [SupplyParameterFromQuery(Name = "source")] public string? Source { get; set; }
    [SupplyParameterFromQuery(Name = "sort")] public string? Sort { get; set; }
    [SupplyParameterFromQuery(Name = "cursor")] public string? Cursor { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public string? Page { get; set; }
    [SupplyParameterFromQuery(Name = "pageSize")] public string? PageSize { get; set; }

    /// <summary>
    /// What the prerender showed, handed to the interactive render so that it shows the same results at once
    /// instead of a loading bar while it searches again (ADR-015).
    /// </summary>
    [PersistentState]
    public Handover<PrerenderedResults>? Prerendered { get; set; }

    private PaperSearchCriteria _criteria = new();
    private SearchPage? _result;
    private string? _shownView;
    private IReadOnlyList<TagName> _tags = [];
    private Dictionary<string, string[]> _ignored = [];
    private bool _loading;
    private bool _failed;
    private bool _filtersOpen;

    protected override async Task OnParametersSetAsync()
    {
        var (criteria, ignored) = new PaperQuery
        {
            Q = Q, Tags = Tags, TagMode = TagMode, ExcludeTags = ExcludeTags, YearFrom = YearFrom, YearTo = YearTo,
            HasUpvotes = HasUpvotes, Source = Source, Sort = Sort, Cursor = Cursor, Page = Page, PageSize = PageSize,
        }.ParseIgnoringErrors();
        _ignored = ignored;
        var view = PaperQueryString.For(criteria);
        if (_result is not null && view == _shownView)
        {
            return; // the layout rendered again (the theme, the session starting), not a new view
        }

        _criteria = criteria;
        if (RendererInfo.IsInteractive && Prerendered?.Take() is { } shown && shown.View == view)
        {
            (_result, _tags, _shownView) = (shown.Page, shown.Tags, view);
            return;
        }

        await LoadAsync();
        _shownView = _failed ? null : view;
        if (!RendererInfo.IsInteractive && _result is not null)
        {
            Prerendered = new(new PrerenderedResults(view, _result, _tags));
        }
    }

    // The catalog's tags change rarely; a session reads them once.
    private async Task LoadTagsAsync() => _tags = _tags.Count > 0 ? _tags : await ListTags.NamesAsync(CancellationToken.None);

    private async Task LoadAsync()
    {
        _loading = true;
        _failed = false;
        try
        {
            await LoadTagsAsync();
            _result = (await SearchHandler.HandleAsync(_criteria, CancellationToken.None)).ForResultList();
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            Logger.LogError(failure, "Searching the catalog failed for {Query}", PaperQueryString.For(_criteria));
            _failed = true;
        }
        finally
        {
            _loading = false;
        }
    }

    /// <summary>Goes to the view of <paramref name="criteria"/>, from its first page.</summary>
    private void Show(PaperSearchCriteria criteria) => Navigation.NavigateTo(ViewLink(criteria));

    /// <summary>The address of the view of <paramref name="criteria"/>, from its first page.</summary>
    private static string ViewLink(PaperSearchCriteria criteria) => "/" + PaperQueryString.For(criteria with { Cursor = null, Page = 1 });

    private void SearchFor(string? query) => Show(_criteria with { Query = string.IsNullOrWhiteSpace(query) ? null : query.Trim(), Sort = null });

    private void SortBy(PaperSort sort) => Show(_criteria with { Sort = sort });

    private string PageLink(string cursor) => "/" + PaperQueryString.For(_criteria with { Cursor = SearchCursor.Decode(cursor), Page = 1 });

    private string ExportLink(string format) => "/api/papers/export" + AppendFormat(PaperQueryString.For(_criteria, withPosition: false), format);

    private static string AppendFormat(string query, string format) => (query.Length == 0 ? "?" : query + "&") + "format=" + format;

    /// <summary>Filtered-by slugs no tag of the catalog has (a typo in a shared link, or a tag since deleted), as the search found them.</summary>
    private IReadOnlyList<string> UnknownTags => _result?.Result.UnknownTags ?? [];

    private string LinkWithout(IReadOnlyCollection<string> slugs) =>
        ViewLink(_criteria with { Tags = [.. _criteria.Tags.Except(slugs)], ExcludeTags = [.. _criteria.ExcludeTags.Except(slugs)] });
}

/// <summary>A view of the papers page as the prerender showed it.</summary>
/// <param name="View">The view's query string, which says which search <paramref name="Page"/> answers.</param>
public sealed record PrerenderedResults(string View, SearchPage Page, IReadOnlyList<TagName> Tags);
