using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PaperCatalog.Data.Search;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Domain.Text;

namespace PaperCatalog.Web.Features.Papers;

/// <summary>
/// The search as it appears in a URL (<c>/?q=distillation&amp;tags=mixture-of-experts&amp;sort=newest</c>):
/// the papers page, the API and the exports all read it here, so a link means the same everywhere.
/// </summary>
/// <remarks>The names are given so that the OpenAPI document shows them as they are written, not as the properties are.</remarks>
public sealed partial record PaperQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "tags")] public string[]? Tags { get; init; }
    [FromQuery(Name = "tagMode")] public string? TagMode { get; init; }
    [FromQuery(Name = "excludeTags")] public string[]? ExcludeTags { get; init; }
    [FromQuery(Name = "yearFrom")] public string? YearFrom { get; init; }
    [FromQuery(Name = "yearTo")] public string? YearTo { get; init; }
    [FromQuery(Name = "hasUpvotes")] public string? HasUpvotes { get; init; }
    [FromQuery(Name = "source")] public string? Source { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    [FromQuery(Name = "cursor")] public string? Cursor { get; init; }
    [FromQuery(Name = "page")] public string? Page { get; init; }
    [FromQuery(Name = "pageSize")] public string? PageSize { get; init; }

    private const int MaxTags = 20;
    internal const int MinYear = 1900;
    internal const int MaxYear = 2100;

    /// <summary>Checks every parameter and returns the criteria, or what is wrong with each bad parameter.</summary>
    public (PaperSearchCriteria? Criteria, Dictionary<string, string[]> Errors) Parse()
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string key, string message) => errors[key] = [message];

        var query = Q?.Trim();
        if (SearchProblem(query) is { } problem)
        {
            Error("q", problem);
        }

        var tags = Slugs(Tags, "tags", Error);
        var excluded = Slugs(ExcludeTags, "excludeTags", Error);
        var mode = ParseEnum<TagMode>(TagMode, "tagMode", "all or any", Error) ?? Data.Search.TagMode.All;
        var sort = ParseEnum<PaperSort>(Sort, "sort", "relevance, newest, oldest or upvotes", Error);
        var yearFrom = ParseInt(YearFrom, "yearFrom", MinYear, MaxYear, Error);
        var yearTo = ParseInt(YearTo, "yearTo", MinYear, MaxYear, Error);
        if (yearFrom > yearTo)
        {
            Error("yearTo", $"yearTo ({yearTo}) is before yearFrom ({yearFrom}).");
        }

        var pageSize = ParseInt(PageSize, "pageSize", 1, PaperSearchCriteria.MaxPageSize, Error) ?? PaperSearchCriteria.DefaultPageSize;
        // A page number too large even for an int is still a page past the last one, and told so.
        var lastPage = (PaperSearchCriteria.MaxOffset / pageSize) + 1;
        var page = ParseInt(Page, "page", 1, int.MaxValue, Error, tooLarge: PagesEnd) ?? 1;
        if (page > lastPage)
        {
            PagesEnd("page");
        }

        void PagesEnd(string key) => Error(key,
            $"page must be from 1 to {lastPage:N0} at pageSize {pageSize}: pages end at result {PaperSearchCriteria.MaxOffset:N0}; use the cursor from nextCursor to read further.");

        var cursor = ParseCursor(sort, query, Error);
        var hasUpvotes = HasUpvotes is null or "" ? false : HasUpvotes.ToLowerInvariant() switch
        {
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => Invalid(Error, "hasUpvotes", "true or false"),
        };
        if (Source is { Length: > 260 } || Source?.Contains('\0', StringComparison.Ordinal) == true)
        {
            Error("source", "A source is a dump file name of at most 260 characters, without NUL characters.");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new PaperSearchCriteria
            {
                Query = string.IsNullOrEmpty(query) ? null : query,
                Tags = tags,
                TagMode = mode,
                ExcludeTags = excluded,
                YearFrom = yearFrom,
                YearTo = yearTo,
                HasUpvotes = hasUpvotes,
                Source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(),
                Sort = sort,
                Cursor = cursor,
                Page = cursor is null ? page : 1,
                PageSize = pageSize,
            }, errors);
    }

    /// <summary>What is wrong with <paramref name="query"/> as a search, or <c>null</c> when nothing is.</summary>
    public static string? SearchProblem(string? query)
    {
        if (query is { Length: > PaperSearchCriteria.MaxQueryLength })
        {
            return $"The search may be at most {PaperSearchCriteria.MaxQueryLength} characters long; it is {query.Length}.";
        }

        // PostgreSQL text cannot hold NUL: such a search failed in the database with a 500.
        return query?.Contains('\0', StringComparison.Ordinal) == true ? "The search may not contain NUL characters." : null;
    }

    private SearchCursor? ParseCursor(PaperSort? sort, string? query, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(Cursor))
        {
            return null;
        }

        var cursor = SearchCursor.Decode(Cursor.Trim());
        var effective = new PaperSearchCriteria { Query = string.IsNullOrEmpty(query) ? null : query, Sort = sort }.EffectiveSort;
        if (cursor is null)
        {
            error("cursor", "The cursor is malformed; use the nextCursor or previousCursor of a response as it is.");
        }
        else if (cursor.Sort != effective)
        {
            error("cursor", $"The cursor belongs to a list sorted by {cursor.Sort.ToString().ToLowerInvariant()}, not {effective.ToString().ToLowerInvariant()}.");
        }

        return cursor;
    }

    private static List<string> Slugs(string[]? values, string key, Action<string, string> error)
    {
        var slugs = new List<string>();
        foreach (var part in (values ?? []).SelectMany(static v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (part.Length > TagSlug.MaxLength || !part.Any(char.IsAsciiLetterOrDigit))
            {
                error(key, $"'{Shorten(part)}' is not a tag slug.");
                continue;
            }

            slugs.Add(TagSlug.Normalize(part));
        }

        if (slugs.Count > MaxTags)
        {
            error(key, $"At most {MaxTags} tags can be given.");
        }

        return slugs.Distinct().ToList();
    }

    private static T? ParseEnum<T>(string? value, string key, string allowed, Action<string, string> error) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        error(key, $"'{Shorten(value)}' is not one of {allowed}.");
        return null;
    }

    /// <param name="tooLarge">Told instead of the range when the value is a whole number above <paramref name="max"/>.</param>
    private static int? ParseInt(string? value, string key, int min, int max, Action<string, string> error, Action<string>? tooLarge = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            return parsed;
        }

        var digits = value.Trim();
        if (tooLarge is not null && digits.All(char.IsAsciiDigit) && (digits.TrimStart('0').Length > 9 || parsed > max))
        {
            tooLarge(key);
            return null;
        }

        error(key, max == int.MaxValue ? $"{key} must be a whole number of at least {min}." : $"{key} must be a whole number from {min} to {max}.");
        return null;
    }

    private static bool Invalid(Action<string, string> error, string key, string allowed)
    {
        error(key, $"{key} must be {allowed}.");
        return false;
    }

    private static string Shorten(string value) => TextClip.ToLength(value, 41)!;
}
