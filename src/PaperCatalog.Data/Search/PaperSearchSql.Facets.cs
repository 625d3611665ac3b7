namespace PaperCatalog.Data.Search;

public sealed partial class PaperSearchSql
{
    /// <summary>
    /// The capped count and the three facets in one statement over one scan of the matches: each
    /// facet of a big result used to pay for its own pass over the full-text index. The sample papers'
    /// tags come with their rows and their dumps are looked up one by one, so facets cost the sample, not the catalog.
    /// Rows: the kind (<see cref="FacetKind"/>), the value as text, and its count.
    /// </summary>
    /// <param name="givenMatches">Whether the matches come as the ids of <see cref="MatchIds"/> rather than from a scan.</param>
    public string CountAndFacets(bool count, bool facets, bool givenMatches = false)
    {
        var scans = new List<string> { $"matches AS MATERIALIZED ({Matched(givenMatches)})" };
        var parts = new List<string>();
        if (count)
        {
            parts.Add($"SELECT {(int)FacetKind.Count}, NULL, count(*) FROM matches");
        }

        if (facets)
        {
            scans.Add($"sample AS MATERIALIZED (SELECT id, published_on, tag_ids FROM matches LIMIT {FacetCap})");
            var years = YearFacetSource(scans, parts);
            var sources = _criteria.Source is null ? "sample" : OwnScan("source_sample", Filters(withSource: false), scans);
            parts.Add($"SELECT {(int)FacetKind.Tag}, t.slug, count(*) FROM sample m CROSS JOIN LATERAL unnest(m.tag_ids) tag(id) JOIN tags t ON t.id = tag.id GROUP BY t.slug");
            parts.Add($"SELECT {(int)FacetKind.Year}, extract(year FROM m.published_on)::int::text, count(*) FROM {years} m GROUP BY 2");
            parts.Add($"SELECT {(int)FacetKind.Source}, source.file_name, count(*) FROM {sources} m CROSS JOIN LATERAL unnest(ARRAY(SELECT DISTINCT d.file_name FROM paper_sources s JOIN dump_files d ON d.id = s.dump_file_id WHERE s.paper_id = m.id)) source(file_name) GROUP BY 2");
            // A sample that reached the cap may have left matches out: the facets then say they are a sample.
            parts.AddRange(new[] { "sample", years, sources }.Distinct().Select(static s => $"SELECT {(int)FacetKind.SampleSize}, NULL, count(*) FROM {s}"));
        }

        return $"WITH {string.Join(", ", scans)} {string.Join(" UNION ALL ", parts)}";
    }

    // Years count dated papers only, and show the alternatives to a chosen range, so they leave that filter out.
    // Without a range the undated matches of the facets' sample are counted beside them (most seed papers have no
    // date), which costs no further read; with one, counting them would cost a scan of their own.
    private string YearFacetSource(List<string> scans, List<string> parts)
    {
        if (_criteria.YearFrom is not null || _criteria.YearTo is not null)
        {
            return OwnScan("year_sample", "p.published_on IS NOT NULL AND " + Filters(withYears: false), scans);
        }

        scans.Add($"dated_sample AS MATERIALIZED (SELECT id, published_on FROM matches WHERE published_on IS NOT NULL LIMIT {FacetCap})");
        parts.Add($"SELECT {(int)FacetKind.Undated}, NULL, count(*) FROM sample WHERE published_on IS NULL");
        return "dated_sample";
    }

    private static string OwnScan(string name, string filters, List<string> scans)
    {
        scans.Add($"{name} AS MATERIALIZED ({Capped(filters, FacetCap)})");
        return name;
    }

    /// <summary>
    /// Run before <see cref="CountAndFacets"/> in the same batch (one transaction), to plan the count of a text query
    /// as RUM is best read, measured at 1,000,000 papers (performance-history.md):
    /// <list type="bullet">
    /// <item>Random page reads are costed as in memory (1.1, not 4): the planner then reads a term in 20% of papers
    /// through the index, not a bitmap of all its 200,000 matches (85 ms against 165 ms), and still scans the
    /// table for a term in nearly every paper, whose cap of matches the table's first rows hold (41 ms).</item>
    /// <item>A phrase turns sequential scans off. The planner rates a phrase as if its words only had to co-occur,
    /// so it expected the table's first rows to hold the cap: "language model" (2.4% of papers, its words in 72%
    /// and 97%) read 413,000 rows in 1.5 s against 0.73 s through RUM, which checks word positions in the index;
    /// "Multimodal Model" read every row, 5.3 s against 0.46 s.</item>
    /// </list>
    /// Bitmaps stay allowed, so a tag or year filter still meets the text index in one bitmap. Null without RUM.
    /// </summary>
    public string? CountPlan => _rum && _criteria.HasQuery
        ? "SELECT set_config('random_page_cost', '1.1', true), "
          + $"set_config('enable_seqscan', CASE WHEN websearch_to_tsquery('english', @q)::text ~ {PhraseGuide.PhraseOperator} THEN 'off' ELSE current_setting('enable_seqscan') END, true)"
        : null;

    private static string Capped(string filters, int limit) => $"SELECT p.id, p.published_on, p.tag_ids FROM papers p WHERE {filters} LIMIT {limit}";
}

/// <summary>What a row of <see cref="PaperSearchSql.CountAndFacets"/> counts.</summary>
public enum FacetKind
{
    Count,
    Tag,
    Year,
    Source,

    /// <summary>How many papers one of the facets' samples holds.</summary>
    SampleSize,

    /// <summary>Matches without a publication date, which no year counts.</summary>
    Undated,
}
