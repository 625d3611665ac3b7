namespace PaperCatalog.Data.Search;

/// <summary>
/// What makes two searches return the same result: the database and its snapshot, every criterion, and the parts
/// computed. Tag lists are sets to the SQL, so their order does not split entries.
/// </summary>
public sealed record SearchCacheKey(
    string Database,
    string Snapshot,
    string? Query,
    string Tags,
    TagMode TagMode,
    string ExcludeTags,
    int? YearFrom,
    int? YearTo,
    bool HasUpvotes,
    string? Source,
    PaperSort Sort,
    string? Cursor,
    int Page,
    int PageSize,
    SearchParts Parts)
{
    public static SearchCacheKey For(string database, string snapshot, PaperSearchCriteria criteria, SearchParts parts) => new(
        database,
        snapshot,
        criteria.Query,
        Set(criteria.Tags),
        criteria.TagMode,
        Set(criteria.ExcludeTags),
        criteria.YearFrom,
        criteria.YearTo,
        criteria.HasUpvotes,
        criteria.Source,
        criteria.EffectiveSort,
        criteria.Cursor?.Encode(),
        criteria.Page,
        criteria.PageSize,
        parts);

    // Slugs never hold a comma: lists of them arrive comma-separated.
    private static string Set(IEnumerable<string> slugs) => string.Join(',', slugs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
