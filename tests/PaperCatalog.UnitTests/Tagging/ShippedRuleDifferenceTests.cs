using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.UnitTests.Tagging;

/// <summary>Telling an admin whether a technique's rules are the ones this version ships.</summary>
public sealed class ShippedRuleDifferenceTests
{
    private static List<TagRule> Shipped(string slug) =>
        DefaultRules.BySlug[slug].Select(static r => new TagRule { Pattern = r.Pattern, Kind = r.Kind, Weight = r.Weight, Note = "any note" }).ToList();

    [Fact]
    public void The_shipped_rules_in_another_order_with_other_notes_differ_in_nothing()
    {
        var rules = Shipped("distillation");
        rules.Reverse();

        Assert.True(ShippedRuleDifference.Of("distillation", rules)!.IsNone);
    }

    [Fact]
    public void A_reweighted_rule_is_one_missing_and_one_extra_and_a_deleted_rule_is_one_missing()
    {
        var reweighted = Shipped("transfer-learning");
        reweighted[0].Weight += 0.5;
        var deleted = Shipped("transfer-learning").Skip(1);

        Assert.Equal(new ShippedRuleDifference(1, 1), ShippedRuleDifference.Of("transfer-learning", reweighted));
        Assert.Equal(new ShippedRuleDifference(1, 0), ShippedRuleDifference.Of("transfer-learning", deleted));
    }

    [Fact]
    public void A_rule_added_twice_counts_once_as_shipped_and_once_as_extra()
    {
        var rules = Shipped("mixture-of-experts");
        rules.Add(Shipped("mixture-of-experts")[0]);

        Assert.Equal(new ShippedRuleDifference(0, 1), ShippedRuleDifference.Of("mixture-of-experts", rules));
    }

    [Fact]
    public void A_passing_mention_stored_with_a_weight_still_matches_its_shipped_rule()
    {
        var rules = Shipped("domain-adaptation");
        rules.First(static r => r.Kind == RuleKind.PassingMention).Weight = 7;

        Assert.True(ShippedRuleDifference.Of("domain-adaptation", rules)!.IsNone);
    }

    [Fact]
    public void A_tag_this_version_ships_no_rules_for_has_no_difference_to_show() =>
        Assert.Null(ShippedRuleDifference.Of("an-editors-topic", []));
}
