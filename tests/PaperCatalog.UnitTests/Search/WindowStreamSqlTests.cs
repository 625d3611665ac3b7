using PaperCatalog.Data.Search;

namespace PaperCatalog.UnitTests.Search;

/// <summary>
/// Which searches count their matches from the relevance window's own stream (ADR-021): a phrase of common words (no guide), by
/// relevance over RUM, with no condition but the text. WindowTotalsTests shows such a search counts what a scan counts.
/// </summary>
public sealed class WindowStreamSqlTests
{
    private static readonly PaperSearchCriteria Phrase = new() { Query = "\"language model\"" };

    public static TheoryData<string, PaperSearchCriteria> OtherConditions => new()
    {
        { "a tag", Phrase with { Tags = ["distillation"] } },
        { "an excluded tag", Phrase with { ExcludeTags = ["distillation"] } },
        { "a first year", Phrase with { YearFrom = 2024 } },
        { "a last year", Phrase with { YearTo = 2024 } },
        { "upvotes", Phrase with { HasUpvotes = true } },
        { "a dump", Phrase with { Source = "001.txt" } },
    };

    [Fact]
    public void A_phrase_of_common_words_reads_on_to_the_count_cap_numbered_in_rank_order()
    {
        var sql = Sql(Phrase);
        var page = sql.Page(21, 0);

        Assert.True(sql.CountsFromWindowStream);
        Assert.Contains($"LIMIT {PaperSearchSql.CountCap + 1})", page, StringComparison.Ordinal);
        Assert.Contains("row_number() OVER (ORDER BY p.search_vector <=> websearch_to_tsquery('english', @q))", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_asks_for_no_totals_reads_only_its_window()
    {
        Assert.DoesNotContain($"LIMIT {PaperSearchSql.CountCap + 1}", Sql(Phrase).Page(21, 0, withMatches: false), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OtherConditions))]
    public void A_condition_besides_the_text_keeps_the_window_to_its_size(string condition, PaperSearchCriteria criteria)
    {
        var sql = Sql(criteria, new Dictionary<string, int> { ["distillation"] = 1 });

        Assert.False(sql.CountsFromWindowStream, condition);
        Assert.DoesNotContain($"LIMIT {PaperSearchSql.CountCap + 1}", sql.Page(21, 0), StringComparison.Ordinal);
    }

    [Fact]
    public void A_guided_phrase_a_query_without_a_phrase_another_sort_or_no_rum_keep_the_window_to_its_size()
    {
        Assert.False(Sql(Phrase, guide: "'languag'").CountsFromWindowStream);
        Assert.False(Sql(Phrase, phraseOfCommonWords: false).CountsFromWindowStream);
        Assert.False(Sql(Phrase with { Sort = PaperSort.Newest }).CountsFromWindowStream);
        Assert.False(new PaperSearchSql(Phrase, rumIndex: false, new Dictionary<string, int>(), phraseOfCommonWords: true).CountsFromWindowStream);
    }

    private static PaperSearchSql Sql(PaperSearchCriteria criteria, Dictionary<string, int>? tagIds = null, string? guide = null, bool phraseOfCommonWords = true) =>
        new(criteria, rumIndex: true, tagIds ?? [], phraseGuide: guide, phraseOfCommonWords: phraseOfCommonWords);
}
