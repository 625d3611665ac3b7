using PaperCatalog.Importing.Bulk;

namespace PaperCatalog.UnitTests.Importing;

/// <summary>
/// A bulk load reads several files at once, so a saved HTML page's wall-clock budget stretches with the files that
/// share each core: the bulk path accepts the pages the standard path, which reads one file at a time, accepts.
/// </summary>
public sealed class BulkHtmlTimeBudgetTests
{
    [Theory]
    [InlineData(2, 1, 1)]
    [InlineData(2, 3, 3)]
    [InlineData(2, 10, 4)]
    [InlineData(1, 10, 2)]
    [InlineData(0, 10, 2)]
    [InlineData(4, 0, 1)]
    public void A_load_reads_two_files_per_stream_at_most_and_never_more_than_it_has(int streams, int files, int expected) =>
        Assert.Equal(expected, BulkLoader.ReadsAtOnce(streams, files));

    [Theory]
    [InlineData(1, 2, 10)]
    [InlineData(2, 2, 10)]
    [InlineData(4, 2, 20)]
    [InlineData(4, 1, 40)]
    [InlineData(8, 8, 10)]
    public void The_budget_grows_with_the_files_read_per_core_and_never_shrinks(int readsAtOnce, int cores, double expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), BulkImporter.HtmlTimeBudget(TimeSpan.FromSeconds(10), readsAtOnce, cores));
}
