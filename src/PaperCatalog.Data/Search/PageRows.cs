using Npgsql;

namespace PaperCatalog.Data.Search;

/// <summary>The ids of one page and the cursors to the pages before and after it.</summary>
/// <param name="Matches">The matches a relevance window counted (see <see cref="PaperSearchSql.Page"/>); otherwise null.</param>
internal sealed record PageRows(IReadOnlyList<long> Ids, string? NextCursor, string? PreviousCursor, WindowMatches? Matches = null)
{
    /// <summary>Reads the page query's rows: one more than the page size tells whether more follow.</summary>
    public static async Task<PageRows> ReadAsync(NpgsqlDataReader reader, PaperSearchCriteria criteria, int offset, CancellationToken cancellation)
    {
        var sort = criteria.EffectiveSort;
        var rows = new List<SearchCursor>();
        WindowMatches? matches = null;
        while (await reader.ReadAsync(cancellation))
        {
            if (reader.IsDBNull(0))
            {
                matches = new WindowMatches(reader.GetFieldValue<long[]>(2), reader.GetInt64(3));
                continue;
            }

            var id = reader.GetInt64(0);
            rows.Add(sort switch
            {
                PaperSort.Relevance => new SearchCursor(sort, false, reader.GetFloat(1), null, null, id),
                PaperSort.Newest or PaperSort.Oldest => new SearchCursor(sort, false, null, reader.GetFieldValue<DateOnly>(1), null, id),
                _ => new SearchCursor(sort, false, null, null, reader.GetInt32(1), id),
            });
        }

        var backward = criteria.Cursor?.Backward ?? false;
        var more = rows.Count > criteria.PageSize;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        if (rows.Count == 0)
        {
            return new PageRows([], null, null, matches);
        }

        var hasNext = backward || more;
        var hasPrevious = backward ? more : criteria.Cursor is not null || offset > 0;
        return new PageRows(
            rows.Select(static r => r.Id).ToList(),
            hasNext ? rows[^1].Encode() : null,
            hasPrevious ? (rows[0] with { Backward = true }).Encode() : null,
            matches);
    }
}

/// <summary>What a relevance window's last row says about the matches.</summary>
/// <param name="Ids">Every match when <paramref name="Total"/> is their number; else the best ones in rank order, enough for the facets' samples.</param>
/// <param name="Total">How many matches there are, up to one past <see cref="PaperSearchSql.CountCap"/>.</param>
internal sealed record WindowMatches(IReadOnlyList<long> Ids, long Total);
