using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.UnitTests.Tagging;

/// <summary>How the engine turns rule matches into a score, a confidence and evidence spans.</summary>
public sealed class TaggingEngineTests
{
    private const string Distill = @"\bdistill\w*";

    [Fact]
    public void Title_and_abstract_matches_become_evidence_spans_with_field_offset_text_and_weight()
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 1.0));

        var score = Assert.Single(engine.Score("Distilling Large Models", "We study how to distill a teacher into a student."));

        Assert.Equal((Engines.TagId, "distillation"), (score.TagId, score.Slug));
        Assert.Equal(
            [new(EvidenceSpan.Title, 0, 10, "Distilling", 2.0), new(EvidenceSpan.Abstract, 16, 7, "distill", 1.0)],
            score.Evidence);
    }

    [Fact]
    public void A_title_match_counts_twice_so_a_title_and_one_abstract_match_score_3()
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 1.0));

        var score = Assert.Single(engine.Score("Distilling Large Models", "We study how to distill a teacher into a student."));

        Assert.Equal(2.0, TaggingEngine.TitleBoost);
        Assert.Equal((3.0, 0.6), (score.Score, score.Confidence));
    }

    [Fact]
    public void A_derived_title_is_not_counted_because_it_is_only_a_copy_of_the_abstract()
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 1.0));

        var score = Assert.Single(engine.Score("Distilling Large Models", "We study how to distill a teacher into a student.", titleIsDerived: true));

        Assert.Equal([new(EvidenceSpan.Abstract, 16, 7, "distill", 1.0)], score.Evidence);
        Assert.Equal(1.0, score.Score);
    }

    [Fact]
    public void Repeated_matches_of_a_rule_count_half_and_only_the_first_three_count()
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 1.0));

        var score = Assert.Single(engine.Score("A Study", "distill, distilled, distilling, distills and distillation"));

        Assert.Equal(3, TaggingEngine.MaxCountedMatches);
        Assert.Equal(
            [new(EvidenceSpan.Abstract, 0, 7, "distill", 1.0), new(EvidenceSpan.Abstract, 9, 9, "distilled", 0.5), new(EvidenceSpan.Abstract, 20, 10, "distilling", 0.5)],
            score.Evidence);
        Assert.Equal(2.0, score.Score);
    }

    [Fact]
    public void Each_rule_and_each_field_starts_its_own_count()
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 1.0), (RuleKind.Evidence, @"\bteachers?\b", 0.8));

        var score = Assert.Single(engine.Score("Distill, Distill", "teacher distill teachers distill distill distill"));

        // Title: 2 + 1 (boosted, the second halved). Abstract: distill 1 + 0.5 + 0.5 (the fourth ignored), teacher 0.8 + 0.4.
        Assert.Equal(6.2, score.Score);
        Assert.Equal([2.0, 1.0, 0.8, 1.0, 0.4, 0.5, 0.5], score.Evidence.Select(static e => e.Weight));
    }

    [Fact]
    public void Evidence_inside_a_passing_mention_is_not_counted_and_the_mention_is_recorded_with_weight_0()
    {
        var engine = Engines.With(
            (RuleKind.Evidence, Distill, 1.0),
            (RuleKind.PassingMention, @"\bunlike\s+(?:[\w-]+\s+){0,3}?distill\w*(?:[- ]based)?", 0));

        var score = Assert.Single(engine.Score("A Study", "Unlike distillation-based methods, we distill nothing; we distill less."));

        // The silenced "distillation" does not use up the full-weight first match.
        Assert.Equal(
            [new(EvidenceSpan.Abstract, 0, 25, "Unlike distillation-based", 0), new(EvidenceSpan.Abstract, 38, 7, "distill", 1.0), new(EvidenceSpan.Abstract, 58, 7, "distill", 0.5)],
            score.Evidence);
        Assert.Equal(1.5, score.Score);
    }

    [Fact]
    public void A_paper_that_only_mentions_the_technique_in_passing_gets_no_score()
    {
        var engine = Engines.With(
            (RuleKind.Evidence, Distill, 1.0),
            (RuleKind.PassingMention, @"\bunlike\s+(?:[\w-]+\s+){0,3}?distill\w*(?:[- ]based)?", 0));

        Assert.Empty(engine.Score("Pruning Transformers", "Unlike distillation-based methods, we prune the network in one shot."));
    }

    [Fact]
    public void Against_rules_subtract_their_weight_boosted_in_the_title_and_halved_when_repeated()
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 2.0), (RuleKind.Against, @"\bknowledge graphs?\b", -0.5));

        var score = Assert.Single(engine.Score("Distilling Knowledge Graphs", "We distill knowledge graphs and knowledge graph embeddings."));

        Assert.Equal(
            [
                new(EvidenceSpan.Title, 0, 10, "Distilling", 4.0), new(EvidenceSpan.Title, 11, 16, "Knowledge Graphs", -1.0),
                new(EvidenceSpan.Abstract, 3, 7, "distill", 2.0), new(EvidenceSpan.Abstract, 11, 16, "knowledge graphs", -0.5), new(EvidenceSpan.Abstract, 32, 15, "knowledge graph", -0.25),
            ],
            score.Evidence);
        Assert.Equal(4.25, score.Score);
    }

    [Fact]
    public void An_against_rule_can_take_a_paper_below_the_threshold_or_out_of_the_scores()
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 2.0), (RuleKind.Against, @"\bknowledge graphs?\b", -0.5));

        var below = Assert.Single(engine.Score("Graphs", "We distill knowledge graphs."));

        Assert.Equal((1.5, false), (below.Score, below.Applies));
        Assert.Empty(engine.Score("Graphs", "We embed knowledge graphs."));
    }

    [Theory]
    [InlineData("distill", 1.0, false, 0.333)]
    [InlineData("distill distill", 1.5, false, 0.429)]
    [InlineData("distill distill distill", 2.0, true, 0.5)]
    public void A_tag_applies_from_the_threshold_of_2_and_confidence_is_score_over_score_plus_threshold(string abstractText, double expectedScore, bool applies, double confidence)
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 1.0));

        var score = Assert.Single(engine.Score("A Study", abstractText));

        Assert.Equal(2.0, TaggingEngine.Threshold);
        Assert.Equal((expectedScore, applies, confidence), (score.Score, score.Applies, score.Confidence));
    }

    [Fact]
    public void Scores_come_highest_first_and_tags_without_evidence_are_left_out()
    {
        var engine = new TaggingEngine(
        [
            new TagRuleSet(1, "transfer-learning", [new TagRule { Pattern = @"\btransfer\w*", Weight = 1.0 }]),
            new TagRuleSet(2, "distillation", [new TagRule { Pattern = Distill, Weight = 1.0 }]),
            new TagRuleSet(3, "mixture-of-experts", [new TagRule { Pattern = @"\bMoE\b", Weight = 3.0 }]),
        ]);

        var scores = engine.Score("Distillation", "We distill and transfer.");

        Assert.Equal([("distillation", 3.0), ("transfer-learning", 1.0)], scores.Select(static s => (s.Slug, s.Score)));
    }

    [Fact]
    public void A_refused_pattern_is_left_out_and_the_other_rules_still_count()
    {
        var engine = Engines.With((RuleKind.Evidence, Distill, 1.0), (RuleKind.Evidence, @"(?<=self-)distill", 5.0));

        var score = Assert.Single(engine.Score("A Study", "We use self-distill."));

        Assert.Equal(1.0, score.Score);
    }
}
