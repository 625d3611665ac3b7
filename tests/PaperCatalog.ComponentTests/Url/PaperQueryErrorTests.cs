using PaperCatalog.Web.Features.Papers;

namespace PaperCatalog.ComponentTests.Url;

/// <summary>What a reader is told about a part of a link the catalog cannot read.</summary>
public sealed class PaperQueryErrorTests
{
    [Fact]
    public void A_long_bad_value_is_quoted_shortened_and_never_ends_in_half_an_emoji()
    {
        // The 40th and 41st UTF-16 units are the two halves of one emoji.
        var value = new string('a', 39) + "🧪" + new string('z', 20);

        var (_, ignored) = new PaperQuery { Sort = value }.ParseIgnoringErrors();

        var message = Assert.Single(ignored["sort"]);
        Assert.StartsWith($"'{new string('a', 39)}…' is not one of", message, StringComparison.Ordinal);
        Assert.DoesNotContain(message, char.IsSurrogate);
    }

    [Fact]
    public void A_bad_value_short_enough_is_quoted_whole()
    {
        var (_, ignored) = new PaperQuery { Tags = ["🧪 🧪"] }.ParseIgnoringErrors();

        Assert.StartsWith("'🧪 🧪' is not a tag slug", Assert.Single(ignored["tags"]), StringComparison.Ordinal);
    }
}
