namespace PaperCatalog.Data.Search;

public sealed partial class PaperSearchSql
{
    private const string UndatedKey = "'0001-01-01'::date";

    /// <summary>
    /// Oldest first: the dated papers by date, then the undated ones by id. Undated papers sort as 0001-01-01, so one
    /// ascending order over that key would list them first; each part is instead a range of the newest sort's index,
    /// read backwards, and a page takes from the dated part until it ends and then from the undated one.
    /// </summary>
    private string OldestPage(int limit, int offset)
    {
        var cursor = _criteria.Cursor;
        var backward = cursor?.Backward ?? false;
        var atUndated = cursor?.Date == DateOnly.MinValue;

        // Where each part starts from the cursor; null leaves the part out. Forward, a dated cursor reads on
        // through the dated part and then every undated paper, and an undated cursor only further undated papers;
        // backward, the other way round.
        var dated = cursor is null || (backward && atUndated) ? ""
            : atUndated ? null
            : $" AND ({SortDate}, p.id) {(backward ? "<" : ">")} ({NewestCursorKey}, @cursor_id)";
        var undated = HasYearRange ? null // no undated paper is in a year range
            : cursor is null || (!backward && !atUndated) ? ""
            : !atUndated ? null
            : $" AND p.id {(backward ? "<" : ">")} @cursor_id";

        var direction = backward ? "DESC" : "ASC";
        var take = limit + offset;
        var parts = new List<string>();
        if (dated is not null)
        {
            parts.Add($"(SELECT p.id, {SortDate} AS sort_key, 0 AS undated FROM papers p WHERE {Filters()} AND {SortDate} > {UndatedKey}{YearsOnSortDate}{dated} ORDER BY {SortDate} {direction}, p.id {direction} LIMIT {take})");
        }

        if (undated is not null)
        {
            parts.Add($"(SELECT p.id, {SortDate} AS sort_key, 1 AS undated FROM papers p WHERE {Filters()} AND {SortDate} = {UndatedKey}{undated} ORDER BY {SortDate} {direction}, p.id {direction} LIMIT {take})");
        }

        return parts.Count == 0
            ? "SELECT NULL::bigint, NULL::date WHERE FALSE"
            : $"SELECT id, sort_key FROM ({string.Join(" UNION ALL ", parts)}) page ORDER BY undated {direction}, sort_key {direction}, id {direction} LIMIT {limit} OFFSET {offset}";
    }
}
