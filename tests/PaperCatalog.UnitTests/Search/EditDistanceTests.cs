using PaperCatalog.Data.Search;

namespace PaperCatalog.UnitTests.Search;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("distillation", "distillation", 0)]
    [InlineData("distilation", "distillation", 1)]
    [InlineData("transformr", "transformer", 1)]
    [InlineData("transformr", "transformed", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    public void Counts_the_fewest_single_letter_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }
}
