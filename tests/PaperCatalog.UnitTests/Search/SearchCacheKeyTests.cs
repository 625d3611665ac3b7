using PaperCatalog.Data.Search;

namespace PaperCatalog.UnitTests.Search;

/// <summary>Searches that may return different results never share a cached result.</summary>
public sealed class SearchCacheKeyTests
{
    private static readonly PaperSearchCriteria Base = new() { Query = "distillation" };

    // One variant per criterion: a criterion added to PaperSearchCriteria fails the coverage test until it is here.
    private static readonly Dictionary<string, PaperSearchCriteria> Variants = new()
    {
        [nameof(PaperSearchCriteria.Query)] = Base with { Query = "distillation survey" },
        [nameof(PaperSearchCriteria.Tags)] = Base with { Tags = ["mixture-of-experts"] },
        [nameof(PaperSearchCriteria.TagMode)] = Base with { TagMode = TagMode.Any },
        [nameof(PaperSearchCriteria.ExcludeTags)] = Base with { ExcludeTags = ["mixture-of-experts"] },
        [nameof(PaperSearchCriteria.YearFrom)] = Base with { YearFrom = 2023 },
        [nameof(PaperSearchCriteria.YearTo)] = Base with { YearTo = 2023 },
        [nameof(PaperSearchCriteria.HasUpvotes)] = Base with { HasUpvotes = true },
        [nameof(PaperSearchCriteria.Source)] = Base with { Source = "001.txt" },
        [nameof(PaperSearchCriteria.Sort)] = Base with { Sort = PaperSort.Newest },
        [nameof(PaperSearchCriteria.Cursor)] = Base with { Cursor = new SearchCursor(PaperSort.Relevance, false, 0.5, null, null, 7) },
        [nameof(PaperSearchCriteria.Page)] = Base with { Page = 2 },
        [nameof(PaperSearchCriteria.PageSize)] = Base with { PageSize = 50 },
    };

    [Fact]
    public void Every_criterion_is_part_of_the_key()
    {
        var settable = typeof(PaperSearchCriteria).GetProperties().Where(static p => p.CanWrite).Select(static p => p.Name);

        Assert.Equal(settable.Order(), Variants.Keys.Order());
        var key = Key(Base);
        Assert.All(Variants, variant => Assert.NotEqual(key, Key(variant.Value)));
    }

    [Fact]
    public void The_snapshot_the_database_and_the_parts_are_part_of_the_key()
    {
        var key = Key(Base);

        Assert.NotEqual(key, SearchCacheKey.For("catalog", "792:794:792", Base, SearchParts.All));
        Assert.NotEqual(key, SearchCacheKey.For("other", "792:792:", Base, SearchParts.All));
        Assert.NotEqual(key, SearchCacheKey.For("catalog", "792:792:", Base, SearchParts.Rows));
    }

    [Fact]
    public void Equal_searches_share_a_key_whatever_the_order_of_their_tags()
    {
        var one = Base with { Tags = ["distillation", "mixture-of-experts"], ExcludeTags = ["survey", "benchmark"] };
        var other = Base with { Tags = ["mixture-of-experts", "distillation", "distillation"], ExcludeTags = ["benchmark", "survey"] };

        Assert.Equal(Key(one), Key(other));
        Assert.Equal(Key(Base with { Sort = PaperSort.Relevance }), Key(Base));
    }

    private static SearchCacheKey Key(PaperSearchCriteria criteria) => SearchCacheKey.For("catalog", "792:792:", criteria, SearchParts.All);
}
