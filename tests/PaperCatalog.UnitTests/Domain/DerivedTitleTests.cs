using PaperCatalog.Domain.Papers;
using PaperCatalog.Testing;

namespace PaperCatalog.UnitTests.Domain;

public sealed class DerivedTitleTests
{
    [Theory]
    [InlineData(1, "AV-Odyssey Bench: a comprehensive audio-visual benchmark designed to assess whether those MLLMs can truly…")]
    [InlineData(2, "Fira: a new plug-and-play training framework for LLMs")]
    [InlineData(3, "KPOD: a unified framework")]
    [InlineData(4, "PlanKD: the first knowledge distillation framework tailored for compressing end-to-end motion planners")]
    [InlineData(7, "OTGNet: a general and principled learning approach for open temporal graphs")]
    [InlineData(8, "AdaNet: a robust knowledge Adaptation framework via reinforcement learning for dynamic graph neural Networks")]
    public void Untitled_seed_papers_are_named_after_their_contribution(int line, string expected)
    {
        var abstractText = File.ReadLines(TestPaths.Seed("000")).ElementAt(line - 1)["Abstract:".Length..];

        Assert.Equal(expected, DerivedTitle.From(abstractText));
    }

    [Fact]
    public void Without_a_named_contribution_the_first_sentence_is_the_title() =>
        Assert.Equal(
            "Graph neural networks are widely used for molecules",
            DerivedTitle.From("Graph neural networks are widely used for molecules. They fail on large graphs."));

    [Fact]
    public void A_long_first_sentence_is_shortened_at_a_word_with_an_ellipsis()
    {
        var title = DerivedTitle.From(string.Join(' ', Enumerable.Repeat("distillation", 40)) + ".");

        Assert.True(title.Length <= DerivedTitle.MaxLength + 1);
        Assert.EndsWith("distillation…", title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_sentence_without_spaces_is_cut_before_a_character_it_would_split()
    {
        // Two letters, then emoji of two units each: the 109th unit, the last one a cut at a word would keep, is the
        // first half of the 54th emoji.
        var title = DerivedTitle.From("ab" + string.Concat(Enumerable.Repeat("🦓", 60)) + ".");

        Assert.Equal("ab" + string.Concat(Enumerable.Repeat("🦓", 53)) + "…", title);
    }
}
