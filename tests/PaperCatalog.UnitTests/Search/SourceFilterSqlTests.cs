using PaperCatalog.Data.Search;

namespace PaperCatalog.UnitTests.Search;

/// <summary>
/// A dump no paper was seen in filters to nothing without looking at any paper (at 2,500,000 papers the planner
/// checked every paper for it, 18.8–27.2 s). FilterTests.A_source_keeps_the_papers_seen_in_that_dump_file checks
/// the results, an unknown dump's included.
/// </summary>
public sealed class SourceFilterSqlTests
{
    private static readonly PaperSearchCriteria FromDump = new() { Query = "distillation", Source = "no-such-dump.txt" };

    [Fact]
    public void An_unknown_dump_matches_nothing_without_a_lookup_per_paper()
    {
        var filters = new PaperSearchSql(FromDump, rumIndex: true, new Dictionary<string, int>(), sourceIsKnown: false).Filters();

        Assert.Contains("FALSE", filters, StringComparison.Ordinal);
        Assert.DoesNotContain("paper_sources", filters, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_dump_is_looked_up_per_paper()
    {
        var filters = new PaperSearchSql(FromDump, rumIndex: true, new Dictionary<string, int>()).Filters();

        Assert.Contains("paper_sources", filters, StringComparison.Ordinal);
        Assert.DoesNotContain("FALSE", filters, StringComparison.Ordinal);
    }
}
