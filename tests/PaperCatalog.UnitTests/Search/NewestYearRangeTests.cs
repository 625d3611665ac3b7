using PaperCatalog.Data.Search;

namespace PaperCatalog.UnitTests.Search;

/// <summary>
/// Newest first within years bounds the newest sort's own index key, so the index reads just those years
/// (at 2,500,000 papers "2019, newest first" took 15 s as a filter and 0.6 ms as an index condition).
/// FilterTests.A_year_range_keeps_the_dated_papers_published_in_it checks the papers are still the right ones.
/// </summary>
public sealed class NewestYearRangeTests
{
    private const string KeyRange = "coalesce(p.published_on, '0001-01-01'::date) >= @year_from AND coalesce(p.published_on, '0001-01-01'::date) < @year_to";

    [Theory]
    [InlineData(2019, 2019)]
    [InlineData(2019, null)]
    [InlineData(null, 2019)]
    public void Newest_first_within_years_bounds_the_sort_key(int? from, int? to)
    {
        var page = PageOf(new PaperSearchCriteria { YearFrom = from, YearTo = to });

        Assert.Contains(KeyRange, page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PaperSort.Upvotes, 2019)]
    [InlineData(PaperSort.Newest, null)]
    public void Other_sorts_and_searches_without_years_are_unchanged(PaperSort sort, int? year)
    {
        var page = PageOf(new PaperSearchCriteria { Sort = sort, YearFrom = year, YearTo = year });

        Assert.DoesNotContain(KeyRange, page, StringComparison.Ordinal);
    }

    private static string PageOf(PaperSearchCriteria criteria) => new PaperSearchSql(criteria, rumIndex: true, new Dictionary<string, int>()).Page(21, 0);
}
