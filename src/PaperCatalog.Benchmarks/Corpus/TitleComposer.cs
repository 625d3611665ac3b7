using System.Text;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>Writes titles: a seed-like number of words, maybe led by a technique's name. One per thread.</summary>
/// <remarks>
/// A title must read back as a title: under 300 characters, not ending in a full stop, with no
/// sentence break, and never shaped like a date ("Mar 12, 2024") or a byline ("• 5 authors"), which
/// the reader would take for the end of the previous record. Title words therefore lose a trailing
/// full stop, and the second word never starts with a digit.
/// </remarks>
internal sealed class TitleComposer(WordSource words, IReadOnlyList<int> seedLengths)
{
    public const int MinWords = 3;
    public const int MaxWords = 25;

    /// <summary>
    /// Titles stop growing past this length: with a last word (at most 60 characters) and a distinguishing
    /// suffix (at most 11), a title stays within the reader's 300 characters.
    /// </summary>
    public const int MaxChars = 220;

    private readonly StringBuilder _title = new(MaxChars + 64);
    private readonly List<int> _tailRanks = [];

    /// <summary>
    /// A title for a paper with <paramref name="plan"/>. A title whose words happen to speak for another
    /// tag ("Knowledge Transfer", which counts double in a title) is drawn again; <paramref name="redraws"/>
    /// says how often, so that the same title can be drawn again later without checking (see <see cref="Redraw"/>).
    /// </summary>
    public string Compose(CorpusRandom random, PaperPlan plan, out int redraws)
    {
        for (redraws = 0; ; redraws++)
        {
            var title = Draw(random, plan);
            if (!TagEvidence.Matches(title, plan.TitleTechnique))
            {
                return title;
            }
        }
    }

    /// <summary>The title <see cref="Compose"/> gave, from the same random state; its tail words are counted in <paramref name="tally"/>.</summary>
    public string Redraw(CorpusRandom random, PaperPlan plan, int redraws, TermTally tally)
    {
        for (var i = 0; i < redraws; i++)
        {
            Draw(random, plan);
        }

        var title = Draw(random, plan);
        foreach (var rank in _tailRanks)
        {
            tally.Seen(rank);
        }

        return title;
    }

    private string Draw(CorpusRandom random, PaperPlan plan)
    {
        var target = Math.Clamp(seedLengths[random.Next(seedLengths.Count)], MinWords, MaxWords);
        var title = _title.Clear();
        _tailRanks.Clear();
        var count = 0;
        if (plan.TitleTechnique >= 0)
        {
            var phrase = PlantedTechnique.All[plan.TitleTechnique].TitlePhrases[plan.TitlePhrase];
            title.Append(phrase);
            count = phrase.AsSpan().Count(' ') + 1;

            // "Knowledge Distillation for" needs words after it, however short the drawn length.
            target = Math.Max(target, count + 2);
        }

        for (; count < target && title.Length < MaxChars; count++)
        {
            var word = NextWord(random, count, count + 1 == target);
            if (count > 0)
            {
                title.Append(' ');
            }

            title.Append(word);
        }

        if (char.IsLower(title[0]))
        {
            title[0] = char.ToUpperInvariant(title[0]);
        }

        return title.ToString();
    }

    private string NextWord(CorpusRandom random, int position, bool last)
    {
        while (true)
        {
            var word = words.Next(random, out var rank).TrimEnd('.');
            if (last)
            {
                word = word.TrimEnd(',', ';', ':', '.');
            }

            if (word.Length > 0 && !LooksLikeDateOrByline(word, position))
            {
                if (rank >= 0)
                {
                    _tailRanks.Add(rank);
                }

                return word;
            }
        }
    }

    // "Mar 12, 2024" has a number second; "5 authors" starts with one.
    private static bool LooksLikeDateOrByline(string word, int position) =>
        (position == 1 && char.IsAsciiDigit(word[0])) || (position == 0 && !word.AsSpan().ContainsAnyExceptInRange('0', '9'));
}
