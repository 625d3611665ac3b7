using Microsoft.AspNetCore.Components;
using PaperCatalog.Data.Search;
using PaperCatalog.Web.Features.Tags;

namespace PaperCatalog.Web.Features.Papers;

/// <summary>Filters with counts that follow the current search: techniques (include, exclude, all/any), years, upvotes, source dump.</summary>
public partial class FilterPanel
{
    /// <summary>The current search and filters.</summary>
    [Parameter, EditorRequired]
    public PaperSearchCriteria Criteria { get; set; } = new();

    /// <summary>Every tag, in display order.</summary>
    [Parameter]
    public IReadOnlyList<TagName> Tags { get; set; } = [];

    /// <summary>Counts for the current search.</summary>
    [Parameter]
    public SearchFacets Facets { get; set; } = SearchFacets.Empty;

    /// <summary>True when the counts cover only the first matches of a large result (see SearchFacets.IsSample).</summary>
    [Parameter]
    public bool CountsAreSampled { get; set; }

    /// <summary>Called with the criteria after a filter changes.</summary>
    [Parameter]
    public EventCallback<PaperSearchCriteria> OnChange { get; set; }

    // The classes MudCheckBox, MudIconButton and MudChip give the same controls.
    private static string CheckboxClass(bool included) =>
        "mud-button-root mud-icon-button mud-default-text hover:mud-default-hover mud-checkbox-dense mud-ripple mud-ripple-checkbox "
        + (included ? "mud-checkbox-true" : "mud-checkbox-false");

    private static string ExcludeButtonClass(bool excluded) =>
        "mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-small" + (excluded ? " mud-error-text hover:mud-error-hover" : "");

    private static string YearChipClass(bool selected) =>
        "mud-chip mud-chip-size-small mud-clickable mud-ripple " + (selected ? "mud-chip-filled mud-chip-color-primary" : "mud-chip-outlined mud-chip-color-default");

    private int CountOf(string slug) => Facets.Tags.FirstOrDefault(t => t.Value == slug)?.Count ?? 0;

    private Task Change(PaperSearchCriteria criteria) => OnChange.InvokeAsync(criteria);

    private Task ToggleInclude(string slug, bool on) => Change(Criteria with
    {
        Tags = on ? [.. Criteria.Tags, slug] : Criteria.Tags.Where(t => t != slug).ToList(),
        ExcludeTags = Criteria.ExcludeTags.Where(t => t != slug).ToList(),
    });

    private Task ToggleExclude(string slug) => Change(Criteria with
    {
        ExcludeTags = Criteria.ExcludeTags.Contains(slug) ? Criteria.ExcludeTags.Where(t => t != slug).ToList() : [.. Criteria.ExcludeTags, slug],
        Tags = Criteria.Tags.Where(t => t != slug).ToList(),
    });
}
