using PaperCatalog.Data.Search;

namespace PaperCatalog.Web.Features.Papers;

public sealed partial record PaperQuery
{
    /// <summary>
    /// The criteria without the parameters that cannot be read, and what was wrong with each: a page shows the rest
    /// of a link (a year typed as "abc" should not hide a search) where the API refuses the request.
    /// </summary>
    public (PaperSearchCriteria Criteria, Dictionary<string, string[]> Ignored) ParseIgnoringErrors()
    {
        var ignored = new Dictionary<string, string[]>();
        var rest = this;
        while (true)
        {
            // Leaving out one parameter can make another unreadable (a cursor of a sort left out), so go again;
            // each round leaves out at least one more, so there are at most as many rounds as parameters.
            var (criteria, errors) = rest.Parse();
            if (criteria is not null)
            {
                return (criteria, ignored);
            }

            foreach (var (key, messages) in errors)
            {
                ignored[key] = messages;
            }

            var next = rest.Without(errors.Keys);
            if (next == rest)
            {
                return (new PaperSearchCriteria(), ignored); // an error no parameter answers for: show the catalog
            }

            rest = next;
        }
    }

    private PaperQuery Without(IEnumerable<string> keys)
    {
        var drop = keys.ToHashSet(StringComparer.Ordinal);
        T? Keep<T>(string key, T? value) => drop.Contains(key) ? default : value;
        return new PaperQuery
        {
            Q = Keep("q", Q), Tags = Keep("tags", Tags), TagMode = Keep("tagMode", TagMode), ExcludeTags = Keep("excludeTags", ExcludeTags),
            YearFrom = Keep("yearFrom", YearFrom), YearTo = Keep("yearTo", YearTo), HasUpvotes = Keep("hasUpvotes", HasUpvotes),
            Source = Keep("source", Source), Sort = Keep("sort", Sort), Cursor = Keep("cursor", Cursor), Page = Keep("page", Page),
            PageSize = Keep("pageSize", PageSize),
        };
    }
}
