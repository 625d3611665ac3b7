using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.UnitTests.Tagging;

/// <summary>Evidence in a sentence where the authors say what they propose counts <see cref="TaggingEngine.ClaimBoost"/> times.</summary>
public sealed class ClaimSentenceTests
{
    private const string Distill = @"\bdistill\w*";

    [Theory]
    [InlineData("We propose to distill the detector.")]
    [InlineData("In this paper, we present a new way to distill detectors.")]
    [InlineData("This paper introduces distillation for detectors.")]
    [InlineData("Our method is designed to distill detectors.")]
    public void Evidence_in_a_sentence_that_states_the_contribution_counts_one_and_a_half_times(string abstractText)
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 1.0));

        var score = Assert.Single(engine.Score("A Study", abstractText));

        Assert.Equal(1.5, TaggingEngine.ClaimBoost);
        Assert.Equal(1.5, Assert.Single(score.Evidence).Weight);
        Assert.Equal(1.5, score.Score);
    }

    [Fact]
    public void Only_the_sentence_that_states_the_contribution_is_boosted_not_the_background_before_it()
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 1.0), (RuleKind.Evidence, @"\bteachers?\b", 0.8));

        var score = Assert.Single(engine.Score("A Study", "Teachers help students. We propose to distill a teacher. Distillation works."));

        // "Teachers" in the background 0.8, then in the claim "distill" 1.5 and "teacher" 0.4 x 1.5, then "Distillation" halved 0.5.
        Assert.Equal([0.8, 1.5, 0.6, 0.5], score.Evidence.Select(static e => e.Weight));
        Assert.Equal(3.4, score.Score);
    }

    [Fact]
    public void An_abbreviation_inside_a_claim_does_not_end_the_sentence()
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 1.0));

        var score = Assert.Single(engine.Score("A Study", "We propose a compact model (e.g. for phones), trained by distillation."));

        Assert.Equal(1.5, score.Score);
    }

    [Fact]
    public void A_sentence_that_only_describes_others_work_is_not_a_claim()
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 1.0));

        var score = Assert.Single(engine.Score("A Study", "Prior work proposed to distill detectors. They were slow."));

        Assert.Equal(1.0, score.Score);
    }

    [Fact]
    public void Title_matches_passing_mentions_and_against_rules_are_never_boosted_even_in_a_claim()
    {
        var engine = Engines.With(
            (RuleKind.Evidence, Distill, 1.0),
            (RuleKind.Against, @"\bknowledge graphs?\b", -0.5),
            (RuleKind.PassingMention, @"\bunlike\s+(?:[\w-]+\s+){0,3}?distill\w*", 0));

        var score = Assert.Single(engine.Score("We Propose Distillation", "We propose, unlike distillation, to prune knowledge graphs."));

        Assert.Equal([2.0, 0, -0.5], score.Evidence.Select(static e => e.Weight));
    }
}
