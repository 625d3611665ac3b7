using PaperCatalog.Domain.Text;

namespace PaperCatalog.UnitTests.Domain;

public sealed class TextClipTests
{
    [Theory]
    [InlineData(null, 5, null)]
    [InlineData("abcde", 5, "abcde")]
    [InlineData("abcdef", 5, "abcd…")]
    [InlineData("abc🦓def", 5, "abc…")]
    [InlineData("ab🦓def", 5, "ab🦓…")]
    [InlineData("abc🦓", 5, "abc🦓")]
    public void Text_over_the_length_is_cut_with_an_ellipsis_and_never_between_the_halves_of_a_character(string? text, int max, string? expected) =>
        Assert.Equal(expected, TextClip.ToLength(text, max));

    [Theory]
    [InlineData("ab🦓", 3, 2)]
    [InlineData("ab🦓", 4, 4)]
    [InlineData("ab🦓", 2, 2)]
    [InlineData("ab", 0, 0)]
    public void A_cut_that_would_end_in_half_a_pair_moves_before_it(string text, int cut, int expected) =>
        Assert.Equal(expected, TextClip.SafeCut(text, cut));
}
