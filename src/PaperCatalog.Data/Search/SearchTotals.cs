using Npgsql;

namespace PaperCatalog.Data.Search;

/// <summary>The capped count and the facets of a search, as read from <see cref="PaperSearchSql.CountAndFacets"/>.</summary>
internal sealed record SearchTotals(long Count, SearchFacets Facets)
{
    public static async Task<SearchTotals> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellation)
    {
        var (count, sampled) = (-1L, false);
        int? undated = null;
        List<FacetCount<string>> tags = [], sources = [];
        List<FacetCount<int>> years = [];
        while (await reader.ReadAsync(cancellation))
        {
            var value = reader.IsDBNull(1) ? null : reader.GetString(1);
            var n = reader.GetInt64(2);
            switch ((FacetKind)reader.GetInt32(0))
            {
                case FacetKind.Count:
                    count = n;
                    break;
                case FacetKind.Tag:
                    tags.Add(new FacetCount<string>(value!, (int)n));
                    break;
                case FacetKind.SampleSize:
                    sampled |= n >= PaperSearchSql.FacetCap;
                    break;
                case FacetKind.Year:
                    years.Add(new FacetCount<int>(int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture), (int)n));
                    break;
                case FacetKind.Source:
                    sources.Add(new FacetCount<string>(value!, (int)n));
                    break;
                case FacetKind.Undated:
                    undated = (int)n;
                    break;
            }
        }

        return new SearchTotals(count, new SearchFacets(
            tags.OrderByDescending(static t => t.Count).ThenBy(static t => t.Value, StringComparer.Ordinal).ToList(),
            years.OrderBy(static y => y.Value).ToList(),
            sources.OrderBy(static s => s.Value, StringComparer.Ordinal).ToList(),
            sampled || count > PaperSearchSql.CountCap,
            // Years count the first 2,000 dated matches and the undated count the first 2,000 matches: once either
            // sample is full they are two different sets, and side by side they would misstate the undated share.
            sampled ? null : undated));
    }
}
