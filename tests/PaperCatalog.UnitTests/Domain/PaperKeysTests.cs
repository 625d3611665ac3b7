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
        Assert.Equal("llmzszł", PaperKeys.Fold("LLMzSzŁ"));
        Assert.NotEqual(PaperKeys.ForTitle("多模态模型"), PaperKeys.ForTitle("视觉模型"));
    }

    [Fact]
    public void Abstract_keys_are_fingerprints_of_the_folded_text()
    {
        var key = PaperKeys.ForAbstract("We study  transfer.");

        Assert.NotEqual(Guid.Empty, key);
        Assert.Equal(key, PaperKeys.ForAbstract("we study transfer"));
        Assert.NotEqual(key, PaperKeys.ForAbstract("We study distillation."));
    }

    // The keys are stored in every catalog, so a faster way to compute them must give the same ones: the folded
    // texts and abstract fingerprints were printed by the first implementation (Unicode normalization and a
    // StringBuilder for every text). A title key fingerprints its folded text as an abstract key does, which is
    // what migration TitleAndAbstractKeysAsUuids computes from the folded titles stored before (ADR-025).
    [Theory]
    [InlineData("Knowledge Distillation via Token-level Relationship Graph (TRG), 2024!", "knowledgedistillationviatokenlevelrelationshipgraphtrg2024", "9ba314c33f46aadbcddc340ac900eca9")]
    [InlineData("We study  transfer.\tIt works: 3.5x faster; see https://x.io/a_b.", "westudytransferitworks35xfasterseehttpsxioab", "f86389060b427d8a986fee22b337914b")]
    [InlineData("Café Models for Ünïcode — ﬁne", "cafemodelsforunicodefine", "0aee3e9591b7594e3655baeefac32d99")]
    [InlineData("Z9 zA_^`{~", "z9za", "ad8145a3e0b842a00fb2030831310684")]
    [InlineData("   ", "", "e3b0c44298fc1c149afbf4c8996fb924")]
    public void Keys_are_the_ones_earlier_versions_stored(string text, string folded, string fingerprint)
    {
        Assert.Equal(folded, PaperKeys.Fold(text));
        Assert.Equal(Guid.ParseExact(fingerprint, "N"), PaperKeys.ForAbstract(text));
        Assert.Equal(Guid.ParseExact(fingerprint, "N"), PaperKeys.ForTitle(text));
        Assert.Equal(fingerprint, PaperKeys.ForTitle(text).ToString("N"));
    }

    [Fact]
    public void Ascii_and_unicode_text_with_the_same_letters_share_keys()
    {
        var ascii = "Mixture of Experts with 8 experts, top-2 routing";
        var unicode = "Mixture\u00A0of Experts with ８ experts, top\u20112 routing";

        Assert.Equal(PaperKeys.ForTitle(ascii), PaperKeys.ForTitle(unicode));
        Assert.Equal(PaperKeys.ForAbstract(ascii), PaperKeys.ForAbstract(unicode));
    }

    [Fact]
    public void Every_ascii_character_folds_as_unicode_text_would_fold_it()
    {
        // An accented letter sends the text down the Unicode path (normalization), where "é" folds to "e".
        for (var c = '\0'; c < 128; c++)
        {
            var text = $"Ab{c}9z";

            Assert.Equal(PaperKeys.Fold(text) + "e", PaperKeys.Fold(text + "\u00E9"));
            Assert.Equal(PaperKeys.ForAbstract(text + "e"), PaperKeys.ForAbstract(text + "\u00E9"));
        }
    }
}
