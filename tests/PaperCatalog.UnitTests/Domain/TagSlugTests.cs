using PaperCatalog.Domain.Tags;

namespace PaperCatalog.UnitTests.Domain;

public sealed class TagSlugTests
{
    [Theory]
    [InlineData("Mixture of Experts", "mixture-of-experts")]
    [InlineData("  mixture--of_experts ", "mixture-of-experts")]
    [InlineData("Domain Adaptation (UDA)", "domain-adaptation-uda")]
    [InlineData("Réseaux Neuronaux", "reseaux-neuronaux")]
    [InlineData("LoRA/Adapters", "lora-adapters")]
    public void Slugs_are_lowercase_ascii_words_joined_by_single_hyphens(string text, string slug) =>
        Assert.Equal(slug, TagSlug.Normalize(text));

    [Fact]
    public void A_slug_needs_a_letter_or_digit() =>
        Assert.Throws<ArgumentException>(() => TagSlug.Normalize(" -- ! "));

    [Fact]
    public void Trying_says_whether_a_slug_can_be_made_without_throwing()
    {
        Assert.False(TagSlug.TryNormalize("---", out var none));
        Assert.Null(none);
        Assert.True(TagSlug.TryNormalize("Ünïcödé Täg 蒸馏", out var slug));
        Assert.Equal("unicode-tag", slug);
    }

    [Fact]
    public void Long_slugs_are_cut_without_a_trailing_hyphen()
    {
        var slug = TagSlug.Normalize(string.Join(' ', Enumerable.Repeat("expert", 20)));

        Assert.True(slug.Length <= TagSlug.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }
}
