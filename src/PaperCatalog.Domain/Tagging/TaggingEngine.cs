using System.Text.RegularExpressions;

namespace PaperCatalog.Domain.Tagging;

/// <summary>
/// Scores a paper against each tag's rules and explains every score with the phrases behind it.
/// </summary>
/// <remarks>
/// A technique is central to a paper when its title names it or its abstract keeps coming back to
/// it, so title matches count <see cref="TitleBoost"/> times, repeated matches of one rule count
/// half each up to <see cref="MaxCountedMatches"/>, and evidence inside a passing mention
/// ("unlike distillation-based methods") does not count at all. A tag applies at <see cref="Threshold"/>.
/// </remarks>
public sealed class TaggingEngine
{
    public const double TitleBoost = 2.0;
    public const double Threshold = 2.0;
    public const int MaxCountedMatches = 3;

    private readonly IReadOnlyList<CompiledTag> _tags;

    /// <param name="tags">Each tag with its rules; a rule whose pattern is refused is left out (see <see cref="RulePattern"/>).</param>
    public TaggingEngine(IEnumerable<TagRuleSet> tags) =>
        _tags = tags.Select(static t => new CompiledTag(
            t.TagId,
            t.Slug,
            t.Rules.Select(static r => (Rule: r, RulePattern.Compile(r.Pattern).Regex)).Where(static r => r.Regex is not null).Select(static r => (r.Rule, r.Regex!)).ToList())).ToList();

    /// <summary>Every tag with a positive score for the paper, highest first.</summary>
    public IReadOnlyList<TagScore> Score(string title, string abstractText, bool titleIsDerived = false)
    {
        var scores = new List<TagScore>();
        foreach (var tag in _tags)
        {
            var evidence = new List<EvidenceSpan>();
            var score = 0.0;
            if (!titleIsDerived)
            {
                score += ScoreField(tag, EvidenceSpan.Title, title, TitleBoost, evidence);
            }

            score += ScoreField(tag, EvidenceSpan.Abstract, abstractText, 1.0, evidence);
            if (score > 0)
            {
                scores.Add(new TagScore(tag.TagId, tag.Slug, Math.Round(score, 3), Math.Round(score / (score + Threshold), 3), evidence.OrderBy(static e => e.Field == EvidenceSpan.Title ? 0 : 1).ThenBy(static e => e.Start).ToList()));
            }
        }

        return scores.OrderByDescending(static s => s.Score).ToList();
    }

    private static double ScoreField(CompiledTag tag, string field, string text, double factor, List<EvidenceSpan> evidence)
    {
        var passing = tag.Rules.Where(static r => r.Rule.Kind == RuleKind.PassingMention)
            .SelectMany(r => r.Regex.Matches(text)).ToList();
        evidence.AddRange(passing.Select(m => new EvidenceSpan(field, m.Index, m.Length, m.Value, 0)));

        var score = 0.0;
        foreach (var (rule, regex) in tag.Rules.Where(static r => r.Rule.Kind != RuleKind.PassingMention))
        {
            var counted = 0;
            foreach (Match match in regex.Matches(text))
            {
                if (rule.Kind == RuleKind.Evidence && passing.Any(p => match.Index >= p.Index && match.Index + match.Length <= p.Index + p.Length))
                {
                    continue;
                }

                if (++counted > MaxCountedMatches)
                {
                    break;
                }

                var worth = rule.Weight * factor * (counted == 1 ? 1 : 0.5);
                score += worth;
                evidence.Add(new EvidenceSpan(field, match.Index, match.Length, match.Value, Math.Round(worth, 3)));
            }
        }

        return score;
    }

    private sealed record CompiledTag(int TagId, string Slug, IReadOnlyList<(TagRule Rule, Regex Regex)> Rules);
}

/// <summary>A tag and its rules, as the engine takes them.</summary>
public sealed record TagRuleSet(int TagId, string Slug, IReadOnlyList<TagRule> Rules);

/// <summary>How strongly a paper speaks for a tag, and the phrases that say so.</summary>
/// <param name="Confidence">From 0 to 1: score / (score + threshold), so 0.5 at the threshold.</param>
public sealed record TagScore(int TagId, string Slug, double Score, double Confidence, IReadOnlyList<EvidenceSpan> Evidence)
{
    public bool Applies => Score >= TaggingEngine.Threshold;
}
