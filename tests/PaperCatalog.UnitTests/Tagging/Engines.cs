using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.UnitTests.Tagging;

/// <summary>Tagging engines for tests: over hand-written rules, so every expected number follows from the test itself, or over the shipped rules.</summary>
internal static class Engines
{
    public const int TagId = 7;

    /// <summary>One tag, "distillation", with exactly <paramref name="rules"/>.</summary>
    public static TaggingEngine With(params (RuleKind Kind, string Pattern, double Weight)[] rules) =>
        new([new TagRuleSet(TagId, "distillation", ToRules(rules))]);

    /// <summary>Every shipped technique with its default rules, as a fresh catalog has them.</summary>
    public static TaggingEngine Shipped() =>
        new(DefaultRules.BySlug.Select((tag, index) => new TagRuleSet(index + 1, tag.Key, ToRules(tag.Value))));

    /// <summary>The slugs of the tags that apply to the paper.</summary>
    public static IReadOnlyList<string> Applied(this TaggingEngine engine, string title, string abstractText) =>
        [.. engine.Score(title, abstractText).Where(static s => s.Applies).Select(static s => s.Slug)];

    /// <summary>The slugs of the tags that got any score at all, applied or not.</summary>
    public static IReadOnlyList<string> Scored(this TaggingEngine engine, string title, string abstractText) =>
        [.. engine.Score(title, abstractText).Select(static s => s.Slug)];

    private static List<TagRule> ToRules(IEnumerable<(RuleKind Kind, string Pattern, double Weight)> rules) =>
        [.. rules.Select(static r => new TagRule { Pattern = r.Pattern, Kind = r.Kind, Weight = r.Weight })];
}
