using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.UnitTests.Tagging;

/// <summary>The shipped rules are usable as they are: every pattern compiles and every technique has rules.</summary>
public sealed class DefaultRulesTests
{
    public static TheoryData<string, int, string> ShippedPatterns()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var (slug, rules) in DefaultRules.BySlug)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                data.Add(slug, i, rules[i].Pattern);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedPatterns))]
    public void Every_shipped_pattern_compiles(string slug, int index, string pattern)
    {
        var (regex, error) = RulePattern.Compile(pattern);

        Assert.True(error is null, $"{slug} rule {index} is refused: {error}");
        Assert.NotNull(regex);
    }

    [Fact]
    public void Every_shipped_technique_has_default_rules_and_no_rules_lack_a_technique() =>
        Assert.Equal(Taxonomy.Techniques.Select(static t => t.Slug).Order(), DefaultRules.BySlug.Keys.Order());

    [Fact]
    public void Evidence_weighs_for_passing_mentions_weigh_nothing_and_against_rules_weigh_against()
    {
        var rules = DefaultRules.BySlug.Values.SelectMany(static r => r).ToList();

        Assert.All(rules.Where(static r => r.Kind == RuleKind.Evidence), static r => Assert.True(r.Weight > 0, r.Pattern));
        Assert.All(rules.Where(static r => r.Kind == RuleKind.PassingMention), static r => Assert.Equal(0, r.Weight));
        Assert.All(rules.Where(static r => r.Kind == RuleKind.Against), static r => Assert.True(r.Weight < 0, r.Pattern));
    }
}
