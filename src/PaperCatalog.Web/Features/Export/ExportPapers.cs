using System.Runtime.CompilerServices;
using PaperCatalog.Data.Search;

namespace PaperCatalog.Web.Features.Export;

/// <summary>Walks every paper of a view (search, filters and sort) by cursor, for downloads.</summary>
public sealed class ExportPapers(PaperSearch search)
{
    /// <summary>The most papers one download holds.</summary>
    public const int MaxPapers = 10_000;

    public async IAsyncEnumerable<PaperSummary> PapersAsync(PaperSearchCriteria criteria, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var page = criteria with { Cursor = null, Page = 1, PageSize = PaperSearchCriteria.MaxPageSize };
        var exported = 0;
        while (true)
        {
            var result = await search.SearchAsync(page, cancellation, SearchParts.Rows);
            foreach (var paper in result.Items.Take(MaxPapers - exported))
            {
                exported++;
                yield return paper;
            }

            if (result.NextCursor is null || exported >= MaxPapers)
            {
                yield break;
            }

            page = page with { Cursor = SearchCursor.Decode(result.NextCursor) };
        }
    }
}
