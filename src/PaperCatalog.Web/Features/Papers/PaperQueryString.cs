using System.Globalization;
using PaperCatalog.Data.Search;

namespace PaperCatalog.Web.Features.Papers;

/// <summary>Writes search criteria back into the canonical URL query that <see cref="PaperQuery"/> reads.</summary>
public static class PaperQueryString
{
    /// <summary>The query string (with "?", or empty) for <paramref name="criteria"/>; defaults are left out.</summary>
    public static string For(PaperSearchCriteria criteria, bool withPosition = true)
    {
        var pairs = new List<(string Key, string Value)>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                pairs.Add((key, value));
            }
        }

        Add("q", criteria.Query);
        Add("tags", string.Join(',', criteria.Tags));
        Add("tagMode", criteria.Tags.Count > 1 && criteria.TagMode == TagMode.Any ? "any" : null);
        Add("excludeTags", string.Join(',', criteria.ExcludeTags));
        Add("yearFrom", criteria.YearFrom?.ToString(CultureInfo.InvariantCulture));
        Add("yearTo", criteria.YearTo?.ToString(CultureInfo.InvariantCulture));
        Add("hasUpvotes", criteria.HasUpvotes ? "true" : null);
        Add("source", criteria.Source);
        Add("sort", criteria.Sort is { } sort && sort != new PaperSearchCriteria { Query = criteria.Query }.EffectiveSort ? sort.ToString().ToLowerInvariant() : null);
        Add("pageSize", criteria.PageSize != PaperSearchCriteria.DefaultPageSize ? criteria.PageSize.ToString(CultureInfo.InvariantCulture) : null);
        if (withPosition)
        {
            Add("cursor", criteria.Cursor?.Encode());
            Add("page", criteria.Cursor is null && criteria.Page > 1 ? criteria.Page.ToString(CultureInfo.InvariantCulture) : null);
        }

        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs.Select(static p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
    }
}
