using PaperCatalog.Data.Search;

namespace PaperCatalog.UnitTests.Search;

/// <summary>A query that only excludes has nothing to rank by, so it lists newest first.</summary>
public sealed class ExcludesOnlyTests
{
    [Theory]
    [InlineData("-survey", true)]
    [InlineData("-survey -\"knowledge transfer\"", true)]
    [InlineData("-survey or -benchmark", true)]
    [InlineData("-\"knowledge transfer", true)]
    [InlineData("distillation -survey", false)]
    [InlineData("\"knowledge transfer\" -survey", false)]
    [InlineData("self-distillation", false)]
    [InlineData("- survey", false)]
    [InlineData("-survey or distillation", false)]
    public void Only_a_query_whose_every_word_is_excluded_excludes_only(string query, bool expected)
    {
        Assert.Equal(expected, new PaperSearchCriteria { Query = query }.ExcludesOnly);
    }

    [Fact]
    public void Such_a_query_sorts_newest_first_even_when_relevance_is_asked_for()
    {
        Assert.Equal(PaperSort.Newest, new PaperSearchCriteria { Query = "-survey" }.EffectiveSort);
        Assert.Equal(PaperSort.Newest, new PaperSearchCriteria { Query = "-survey", Sort = PaperSort.Relevance }.EffectiveSort);
        Assert.Equal(PaperSort.Upvotes, new PaperSearchCriteria { Query = "-survey", Sort = PaperSort.Upvotes }.EffectiveSort);
        Assert.Equal(PaperSort.Relevance, new PaperSearchCriteria { Query = "distillation -survey" }.EffectiveSort);
    }
}
