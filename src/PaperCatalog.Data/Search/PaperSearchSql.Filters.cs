namespace PaperCatalog.Data.Search;

public sealed partial class PaperSearchSql
{
    // A search of only stop words ("the") has no lexemes: it then filters nothing, rather than everything.
    private const string Matches = "(numnode(websearch_to_tsquery('english', @q)) = 0 OR p.search_vector @@ websearch_to_tsquery('english', @q))";

    // The rare words of a query with a phrase, as a text condition of their own (see PhraseGuide).
    private const string Guided = "p.search_vector @@ @phrase_guide::tsquery AND p.search_vector @@ websearch_to_tsquery('english', @q)";

    /// <summary>The conditions of the search, optionally without the year range or the source (for their own facets).</summary>
    /// <param name="guided">Whether a phrase's rare words lead the text match; the bench's plain baselines leave them out.</param>
    public string Filters(bool withYears = true, bool withSource = true, bool guided = true)
    {
        var conditions = new List<string> { "TRUE" };
        if (_criteria.HasQuery)
        {
            conditions.Add(guided && _guided ? Guided : Matches);
        }

        if (_criteria.Tags.Count > 0)
        {
            conditions.AddRange(TagConditions());
        }

        if (_criteria.ExcludeTags.Count > 0)
        {
            conditions.Add("NOT p.tag_ids && @exclude_tag_ids");
        }

        if (withYears && (_criteria.YearFrom is not null || _criteria.YearTo is not null))
        {
            conditions.Add("p.published_on >= @year_from AND p.published_on < @year_to");
        }

        if (_criteria.HasUpvotes)
        {
            conditions.Add("p.upvotes > 0");
        }

        if (withSource && _criteria.Source is not null)
        {
            conditions.Add(_unknownSource ? "FALSE" : "EXISTS (SELECT 1 FROM paper_sources s WHERE s.paper_id = p.id AND s.dump_file_id IN (SELECT d.id FROM dump_files d WHERE d.file_name = @source))");
        }

        return string.Join(" AND ", conditions);
    }

    // The tag ids in the row (ADR-013): the GIN index over them and the full-text index meet in one
    // bitmap, and the planner knows from the column's statistics how many papers carry each tag.
    private IEnumerable<string> TagConditions()
    {
        if (_criteria.TagMode == TagMode.Any)
        {
            return ["p.tag_ids && @tag_ids"];
        }

        // A slug no tag has, among tags that all must match, matches nothing.
        return [_unknownTag ? "FALSE" : "p.tag_ids @> @tag_ids"];
    }
}
