using PaperCatalog.Benchmarks.Corpus;
using PaperCatalog.UnitTests.Tagging;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>
/// Every phrase the generator plants makes the shipped rules apply its technique, and no other, when it
/// stands alone in a sentence of plain words, as the generator writes it.
/// </summary>
public sealed class PlantedPhraseTests
{
    private const string NeutralTitle = "A Study of Benchmarks";

    public static TheoryData<string, string> AbstractPhrases() =>
        [.. PlantedTechnique.All.SelectMany(static t => t.Phrases.Select(p => (t.Slug, p)))];

    public static TheoryData<string, string> TitlePhrases() =>
        [.. PlantedTechnique.All.SelectMany(static t => t.TitlePhrases.Select(p => (t.Slug, p)))];

    [Theory]
    [MemberData(nameof(AbstractPhrases))]
    public void An_abstract_phrase_tags_its_technique_alone(string slug, string phrase) =>
        Assert.Equal([slug], Engines.Shipped().Applied(NeutralTitle, $"We report results on two datasets. We study {phrase} in several settings. The results are consistent."));

    [Theory]
    [MemberData(nameof(TitlePhrases))]
    public void A_title_phrase_tags_its_technique_alone(string slug, string phrase) =>
        Assert.Equal([slug], Engines.Shipped().Applied($"{phrase} Vision Models", "We report results on two datasets and compare several baselines in detail."));

    [Theory]
    [MemberData(nameof(TitlePhrases))]
    public void A_title_phrase_is_no_evidence_for_another_technique(string slug, string phrase)
    {
        // Titles with evidence for another technique are drawn again; a phrase with such evidence would be drawn forever.
        var technique = PlantedTechnique.All.Select(static t => t.Slug).ToList().IndexOf(slug);

        Assert.False(TagEvidence.Matches(phrase, technique));
        Assert.True(TagEvidence.Matches(phrase));
    }

    [Fact]
    public void The_planted_techniques_are_the_shipped_taxonomy_in_order() =>
        Assert.Equal(PaperCatalog.Domain.Tagging.Taxonomy.Techniques.Select(static t => t.Slug), PlantedTechnique.All.Select(static t => t.Slug));

    [Theory]
    [InlineData("distillation")]
    [InlineData("LoRA")]
    [InlineData("pruning")]
    [InlineData("MoE")]
    [InlineData("lorak")]
    public void Words_that_are_evidence_for_a_tag_are_not_usable_as_background(string word) =>
        Assert.False(TokenFilter.IsUsable(word));

    [Theory]
    [InlineData("&amp;")]
    [InlineData("a\u200Bb")]
    [InlineData("tab\there")]
    public void Words_the_reader_would_change_are_not_usable(string word) =>
        Assert.False(TokenFilter.IsUsable(word));
}
