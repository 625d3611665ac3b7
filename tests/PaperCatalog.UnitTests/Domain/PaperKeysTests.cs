using PaperCatalog.Domain.Papers;

namespace PaperCatalog.UnitTests.Domain;

public sealed class PaperKeysTests
{
    [Theory]
    [InlineData("Knowledge Distillation via Token-level Relationship Graph", "knowledge distillation via token level relationship graph")]
    [InlineData("Pre\u2010trained Models: Past, Present and Future", "pre-trained models — past, present, and future?")]
    [InlineData("Eﬃcient  Fine-Tuning", "efficient fine tuning")]
    [InlineData("Café Models", "Cafe\u0301 models")]
    public void Titles_that_differ_in_case_punctuation_spacing_or_unicode_form_share_a_key(string a, string b) =>
        Assert.Equal(PaperKeys.ForTitle(a), PaperKeys.ForTitle(b));

    [Fact]
    public void Different_titles_have_different_keys() =>
        Assert.NotEqual(PaperKeys.ForTitle("Knowledge Distillation"), PaperKeys.ForTitle("Knowledge Transfer"));

    [Fact]
    public void Non_latin_letters_are_kept_so_such_titles_do_not_collide()
    {
        Assert.Equal("llmzszł", PaperKeys.ForTitle("LLMzSzŁ"));
        Assert.NotEqual(PaperKeys.ForTitle("多模态模型"), PaperKeys.ForTitle("视觉模型"));
    }

    [Fact]
    public void Abstract_keys_are_fixed_size_fingerprints_of_the_folded_text()
    {
        var key = PaperKeys.ForAbstract("We study  transfer.");

        Assert.Equal(32, key.Length);
        Assert.Equal(key, PaperKeys.ForAbstract("we study transfer"));
        Assert.NotEqual(key, PaperKeys.ForAbstract("We study distillation."));
    }
}
