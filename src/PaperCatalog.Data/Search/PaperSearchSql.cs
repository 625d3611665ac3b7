using Npgsql;
using NpgsqlTypes;

namespace PaperCatalog.Data.Search;

/// <summary>
/// The PostgreSQL text of a search, with its parameters. Kept in one place so that the
/// benchmark can run exactly the SQL that the app runs.
/// </summary>
public sealed partial class PaperSearchSql
{
    /// <summary>Title words (weight A) count ten times abstract words (weight B); C and D are unused.</summary>
    public const string Rank = "ts_rank('{0,0,0.1,1}'::real[], p.search_vector, websearch_to_tsquery('english', @q))";

    // Undated papers sort last under "newest": the same expression is indexed (see the migration).
    private const string SortDate = "coalesce(p.published_on, '0001-01-01'::date)";

    // A newest cursor's date from its day number (days since 0001-01-01, as DateOnly.DayNumber counts them).
    private const string NewestCursorKey = "('0001-01-01'::date + @cursor_key)";

    /// <summary>
    /// With the RUM index, relevance ranks this many best-first matches, not every match: the top of
    /// the list stays exact in practice (the bench measures the overlap) and a page costs the window,
    /// not the result set. Relevance pages end after the window; the other sorts list every match.
    /// </summary>
    public const int RelevanceWindow = 1000;

    private readonly PaperSearchCriteria _criteria;
    private readonly bool _rum;
    private readonly bool _unknownTag;
    private readonly bool _unknownSource;
    private readonly bool _guided;
    private readonly bool _phraseOfCommonWords;

    /// <param name="criteria">The search.</param>
    /// <param name="rumIndex">Whether the catalog has the RUM index (see <see cref="RumIndex"/>).</param>
    /// <param name="tagIds">The ids of the criteria's tag slugs; a slug missing from it names no tag.</param>
    /// <param name="sourceIsKnown">Whether some paper was seen in the criteria's source dump.</param>
    /// <param name="phraseGuide">The query's rare words as tsquery text, for a query with a phrase (<see cref="PhraseGuide"/>).</param>
    /// <param name="phraseOfCommonWords">Whether the query is a phrase that could have had a guide but whose every word is common (see <see cref="CountsFromWindowStream"/>).</param>
    public PaperSearchSql(PaperSearchCriteria criteria, bool rumIndex, IReadOnlyDictionary<string, int> tagIds, bool sourceIsKnown = true, string? phraseGuide = null, bool phraseOfCommonWords = false)
    {
        _criteria = criteria;
        _rum = rumIndex;
        _unknownSource = !sourceIsKnown;
        _guided = phraseGuide is not null && criteria.HasQuery;
        _phraseOfCommonWords = phraseOfCommonWords && !_guided;
        Add("q", NpgsqlDbType.Text, criteria.Query ?? "");
        Add("phrase_guide", NpgsqlDbType.Text, phraseGuide ?? "");
        _unknownTag = criteria.Tags.Any(slug => !tagIds.ContainsKey(slug));
        UnknownTags = [.. criteria.Tags.Concat(criteria.ExcludeTags).Where(slug => !tagIds.ContainsKey(slug)).Distinct(StringComparer.Ordinal)];
        Add("tag_ids", NpgsqlDbType.Array | NpgsqlDbType.Integer, IdsOf(criteria.Tags, tagIds));
        Add("exclude_tag_ids", NpgsqlDbType.Array | NpgsqlDbType.Integer, IdsOf(criteria.ExcludeTags, tagIds));
        Add("year_from", NpgsqlDbType.Date, new DateOnly(criteria.YearFrom ?? 1, 1, 1));
        Add("year_to", NpgsqlDbType.Date, new DateOnly(Math.Min(criteria.YearTo ?? 9998, 9998) + 1, 1, 1));
        Add("source", NpgsqlDbType.Text, criteria.Source ?? "");
    }

    public List<NpgsqlParameter> Parameters { get; } = [];

    /// <summary>The slugs filtered by (required, any-of or excluded) that name no tag.</summary>
    public IReadOnlyList<string> UnknownTags { get; }

    /// <summary>Whether the source filter names a dump no paper was seen in (the search then matches nothing).</summary>
    public bool SourceIsUnknown => _unknownSource;

    /// <summary>The SQL of a search on this connection's catalog: whether it has RUM, and the ids of the tags filtered by.</summary>
    public static async Task<PaperSearchSql> ForAsync(NpgsqlConnection connection, PaperSearchCriteria criteria, CancellationToken cancellation)
    {
        var rum = await RumIndex.IsPresentAsync(connection, cancellation);
        var tagIds = await TagIds.ForAsync(connection, criteria.Tags.Concat(criteria.ExcludeTags), cancellation);
        var sourceIsKnown = criteria.Source is null || await SourceExistsAsync(connection, criteria.Source, cancellation);
        var phrase = rum && criteria.HasQuery && PhraseGuide.MayApply(criteria.Query!) ? await PhraseGuide.ForAsync(connection, criteria.Query!, cancellation) : QueryPhrase.None;
        return new PaperSearchSql(criteria, rum, tagIds, sourceIsKnown, phrase.Guide, phrase.OfCommonWords);
    }

    // A dump no paper was seen in matches nothing; asked through its index, since the planner cannot know that
    // and at 2,500,000 papers checked every paper for it (18.8–27.2 s).
    private static async Task<bool> SourceExistsAsync(NpgsqlConnection connection, string source, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM dump_files d WHERE d.file_name = @source AND EXISTS (SELECT 1 FROM paper_sources s WHERE s.dump_file_id = d.id))", connection);
        command.Parameters.AddWithValue("source", source);
        return (bool)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>Counts stop at this many matches (see <see cref="PaperSearchResult.TotalIsCapped"/>).</summary>
    public const int CountCap = 10_000;

    /// <summary>
    /// Facets count at most this many matches (<see cref="SearchFacets.IsSample"/> says when they stopped): each
    /// sample paper costs a lookup of its dumps, so the sample keeps a huge result's facets near the page's cost.
    /// </summary>
    public const int FacetCap = 2_000;

    /// <summary>The capped count alone, as the bench measures it; searches get it with their facets (<see cref="CountAndFacets"/>).</summary>
    public string Count => $"SELECT count(*) FROM (SELECT 1 FROM papers p WHERE {Filters()} LIMIT {CountCap + 1}) capped";

    /// <summary>
    /// The ids and sort keys of one page, read through the sort's index from the cursor on. A relevance window
    /// that holds every match, or that reads on to count them, adds a last row with their ids (see <see cref="WindowPage"/>).
    /// </summary>
    /// <param name="withMatches">Whether a relevance window adds that row when it can (for a search that wants totals).</param>
    public string Page(int limit, int offset, bool withMatches = true)
    {
        var sort = _criteria.EffectiveSort;
        if (sort == PaperSort.Oldest)
        {
            return OldestPage(limit, offset);
        }

        var backward = _criteria.Cursor?.Backward ?? false;
        var key = SortKey(sort);
        var direction = backward ? "ASC" : "DESC";
        var cursorKey = sort == PaperSort.Newest ? NewestCursorKey : "@cursor_key";
        var keyset = _criteria.Cursor is null ? "" : $" AND ({key}, p.id) {(backward ? ">" : "<")} ({cursorKey}, @cursor_id)";
        if (UsesRelevanceWindow)
        {
            return WindowPage(keyset.Replace(key, "p.rank", StringComparison.Ordinal), direction, limit, offset, withMatches);
        }

        var years = sort == PaperSort.Newest ? YearsOnSortDate : "";
        return $"SELECT p.id, {key} FROM papers p WHERE {Filters()}{years}{keyset} ORDER BY {key} {direction}, p.id {direction} LIMIT {limit} OFFSET {offset}";
    }

    private bool HasYearRange => _criteria.YearFrom is not null || _criteria.YearTo is not null;

    // The year range again, on the date sorts' own key: the index then reads just those years. On published_on
    // alone it was a filter, and at 2,500,000 papers "2019, newest first" walked 2020–2026 first (15 s against 0.6 ms).
    // Undated papers sort as 0001-01-01 but fail the published_on test, so the result is the same.
    private string YearsOnSortDate => HasYearRange ? $" AND {SortDate} >= @year_from AND {SortDate} < @year_to" : "";

    /// <summary>The cursor's key and id as parameters for <see cref="Page"/>.</summary>
    public void AddCursor(SearchCursor cursor)
    {
        switch (cursor.Sort)
        {
            case PaperSort.Relevance:
                Add("cursor_key", NpgsqlDbType.Real, (float)cursor.Rank!.Value);
                break;
            case PaperSort.Newest or PaperSort.Oldest:
                // The day number, not the date: Npgsql sends DateOnly.MinValue (the key of undated papers)
                // as -infinity, before which no row sorts, so paging stopped at the first undated paper.
                Add("cursor_key", NpgsqlDbType.Integer, cursor.Date!.Value.DayNumber);
                break;
            default:
                Add("cursor_key", NpgsqlDbType.Integer, cursor.Upvotes!.Value);
                break;
        }

        Add("cursor_id", NpgsqlDbType.Bigint, cursor.Id);
    }

    public static string SortKey(PaperSort sort) => sort switch
    {
        PaperSort.Relevance => Rank,
        PaperSort.Newest or PaperSort.Oldest => SortDate,
        PaperSort.Upvotes => "p.upvotes",
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "No sort key for this order."),
    };

    private static int[] IdsOf(IEnumerable<string> slugs, IReadOnlyDictionary<string, int> tagIds) =>
        slugs.Where(tagIds.ContainsKey).Select(slug => tagIds[slug]).Distinct().ToArray();

    private void Add(string name, NpgsqlDbType type, object value) => Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
}
