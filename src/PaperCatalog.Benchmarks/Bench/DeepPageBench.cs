using PaperCatalog.Data.Search;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>Deep pages: page 50, reached by following cursors, beside page 1, for each sort.</summary>
internal sealed class DeepPageBench(string connectionString, BenchQuery frequentQuery, BenchReport report)
{
    private const int DeepPage = 50;
    private const int Runs = 5;

    public async Task RunAsync(CancellationToken cancellation)
    {
        var search = new PaperSearch(new CatalogContexts(connectionString));
        report.Section($"Deep pages (ms, p50 of {Runs}; page {DeepPage} reached through cursors)", "view", "page 1", $"page {DeepPage}", "ratio");
        var worst = 0.0;
        foreach (var (name, criteria) in new (string, PaperSearchCriteria)[]
        {
            ("newest, no query", new PaperSearchCriteria { Sort = PaperSort.Newest }),
            ("oldest, no query", new PaperSearchCriteria { Sort = PaperSort.Oldest }),
            ("most upvoted, no query", new PaperSearchCriteria { Sort = PaperSort.Upvotes }),
            ($"relevance, q={frequentQuery.Text}", frequentQuery.Criteria()),
            ($"newest, q={frequentQuery.Text}", frequentQuery.Criteria(PaperSort.Newest)),
        })
        {
            var (deep, reached) = (criteria, 1);
            while (reached < DeepPage && (await search.SearchAsync(deep, cancellation, SearchParts.Rows)).NextCursor is { } next)
            {
                (deep, reached) = (deep with { Cursor = SearchCursor.Decode(next) }, reached + 1);
            }

            var first = await TimeAsync(search, criteria, cancellation);
            var last = await TimeAsync(search, deep, cancellation);
            worst = Math.Max(worst, last / first);
            report.Row(reached < DeepPage ? $"{name} (last page: {reached})" : name, first, last, last / first);
        }

        report.Figure($"page {DeepPage} / page 1 (worst view)", worst, "", "≤ 2", worst <= 2);
    }

    // The whole request as the page makes it: the rows, the count and the facets.
    private static async Task<double> TimeAsync(PaperSearch search, PaperSearchCriteria criteria, CancellationToken cancellation)
    {
        var timings = new Timings();
        await search.SearchAsync(criteria, cancellation);
        for (var run = 0; run < Runs; run++)
        {
            await timings.MeasureAsync(() => search.SearchAsync(criteria, cancellation));
        }

        return timings.P50;
    }
}
