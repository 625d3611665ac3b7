namespace PaperCatalog.Domain.Tagging;

/// <summary>
/// How a tag's rules differ from the ones this version ships for it. A catalog keeps the rules it was seeded with
/// (admins own them afterwards), so shipped rules improved by a later version reach it only when an admin adopts them.
/// </summary>
/// <param name="Missing">Shipped rules the tag lacks as shipped (the same pattern, kind and weight).</param>
/// <param name="Extra">The tag's rules that are not shipped: an admin's edits and additions, or an earlier version's rules.</param>
public sealed record ShippedRuleDifference(int Missing, int Extra)
{
    public bool IsNone => Missing == 0 && Extra == 0;

    /// <summary>The difference for a shipped technique, or null for a tag this version ships no rules for.</summary>
    public static ShippedRuleDifference? Of(string slug, IEnumerable<TagRule> rules)
    {
        if (!DefaultRules.BySlug.TryGetValue(slug, out var shipped))
        {
            return null;
        }

        // Notes and order do not change a score, so only what does is compared, and each shipped rule matches once.
        var unmatched = shipped.Select(static r => Scoring(r.Kind, r.Pattern, r.Weight)).ToList();
        var extra = rules.Count(rule => !unmatched.Remove(Scoring(rule.Kind, rule.Pattern, rule.Weight)));
        return new ShippedRuleDifference(unmatched.Count, extra);
    }

    // A passing mention's weight is ignored when scoring; the page stores it as 0 anyway.
    private static (RuleKind, string, double) Scoring(RuleKind kind, string pattern, double weight) =>
        (kind, pattern, kind == RuleKind.PassingMention ? 0 : Math.Round(weight, 3));
}
