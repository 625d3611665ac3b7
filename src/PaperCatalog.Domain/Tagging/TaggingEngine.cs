using System.Text.RegularExpressions;

namespace PaperCatalog.Domain.Tagging;

/// <summary>
/// Scores a paper against each tag's rules and explains every score with the phrases behind it.
/// </summary>
/// <remarks>
/// A technique is central to a paper when its title names it or its abstract keeps coming back to
/// it, so title matches count <see cref="TitleBoost"/> times, repeated matches of one rule count
/// half each up to <see cref="MaxCountedMatches"/>, and evidence inside a passing mention
/// ("unlike distillation-based methods") does not count at all. A technique the authors say they
/// propose, present, introduce, develop or design is what the paper is about, so evidence in such a
/// sentence of the abstract counts <see cref="ClaimBoost"/> times. A tag applies at <see cref="Threshold"/>.
/// </remarks>
public sealed class TaggingEngine
{
    public const double TitleBoost = 2.0;
    public const double Threshold = 2.0;
    public const int MaxCountedMatches = 3;
    public const double ClaimBoost = 1.5;

    // A sentence in which the authors say what they do: "we propose", "this paper introduces", "our method is designed".
    private static readonly Regex Claim = new(
        @"\b(?:we|this (?:paper|work|study|article)|our (?:method|approach|framework|model|work|study|paper))\s+(?:[\w-]+\s+){0,3}?(?:propos|present|introduc|develop|design|devis)\w*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex SentenceEnd = new(@"[.!?](?=\s+[A-Z(])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

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
        // Most tags find nothing in most abstracts, so the sentences are only split once some evidence needs them.
        var claims = new Lazy<List<(int Start, int End)>>(() => ClaimSentences(abstractText), LazyThreadSafetyMode.None);
        foreach (var tag in _tags)
        {
            var evidence = new List<EvidenceSpan>();
            var score = 0.0;
            if (!titleIsDerived)
            {
                score += ScoreField(tag, EvidenceSpan.Title, title, TitleBoost, evidence);
            }

            score += ScoreField(tag, EvidenceSpan.Abstract, abstractText, 1.0, evidence, claims);
            if (score > 0)
            {
                scores.Add(new TagScore(tag.TagId, tag.Slug, Math.Round(score, 3), Math.Round(score / (score + Threshold), 3), evidence.OrderBy(static e => e.Field == EvidenceSpan.Title ? 0 : 1).ThenBy(static e => e.Start).ToList()));
            }
        }

        return scores.OrderByDescending(static s => s.Score).ToList();
    }

    private static double ScoreField(CompiledTag tag, string field, string text, double factor, List<EvidenceSpan> evidence, Lazy<List<(int Start, int End)>>? claims = null)
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

                var inClaim = rule.Kind == RuleKind.Evidence && claims is not null && claims.Value.Any(c => match.Index >= c.Start && match.Index < c.End);
                var worth = rule.Weight * factor * (counted == 1 ? 1 : 0.5) * (inClaim ? ClaimBoost : 1);
                score += worth;
                evidence.Add(new EvidenceSpan(field, match.Index, match.Length, match.Value, Math.Round(worth, 3)));
            }
        }

        return score;
    }

    // Sentences end at . ! or ? followed by a capital or a parenthesis, so "e.g., pruning" stays in its sentence.
    private static List<(int Start, int End)> ClaimSentences(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        foreach (Match end in SentenceEnd.Matches(text))
        {
            sentences.Add((start, end.Index + 1));
            start = end.Index + 1;
        }

        sentences.Add((start, text.Length));
        return sentences.Where(s => Claim.IsMatch(text.AsSpan(s.Start, s.End - s.Start))).ToList();
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
