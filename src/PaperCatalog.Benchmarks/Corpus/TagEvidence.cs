using System.Text.RegularExpressions;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Tells whether text holds evidence for (or against) a shipped tag, by the tag's scoring rules.
/// </summary>
/// <remarks>
/// The corpus records which papers were given which technique, and a benchmark may compare that with
/// what the tagger finds. Background words such as "distillation", "LoRA" or "pruning" (or a made-up
/// word that happens to start with "lora") would tag papers nobody planted a phrase in, so they are left
/// out of the vocabularies, and titles, where matches count double, are checked whole. The planted
/// phrases are then nearly the only strong evidence in the corpus.
/// </remarks>
internal static class TagEvidence
{
    // One alternation of each tag's scoring patterns, matched without backtracking: checking a title
    // this way takes a few microseconds, where the backtracking engine, or one regex per rule, takes ten
    // times as long. (All tags in one alternation would exceed the non-backtracking engine's size limit.)
    private static readonly Regex[] ByTechnique = [.. PlantedTechnique.All.Select(static t => Alternation(t.Slug))];

    /// <summary>True when <paramref name="text"/> would add to or take from any tag's score.</summary>
    public static bool Matches(string text) => Matches(text, -1);

    /// <summary>True when <paramref name="text"/> would add to or take from the score of a tag other than technique number <paramref name="except"/> (-1 for none).</summary>
    public static bool Matches(string text, int except)
    {
        for (var i = 0; i < ByTechnique.Length; i++)
        {
            if (i != except && ByTechnique[i].IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    private static Regex Alternation(string slug) => new(
        string.Join('|', DefaultRules.BySlug[slug].Where(static rule => rule.Kind != RuleKind.PassingMention).Select(static rule => $"(?:{rule.Pattern})")),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
