namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Writes abstracts: sentences of drawn words, with one planted sentence per technique of the paper. One per thread.
/// </summary>
/// <remarks>
/// A planted sentence opens with a fixed lead-in ("We study"), never with words such as "unlike" or
/// "without" that would make the rules read the phrase as a passing mention; the sentence before it
/// ends in a full stop, which the rules' passing-mention patterns do not reach across.
/// </remarks>
internal sealed class AbstractComposer(WordSource words, IReadOnlyList<int> seedLengths)
{
    /// <summary>At least this many words, so that the reader never takes an abstract for a title.</summary>
    public const int MinWords = 20;
    public const int MaxWords = 600;

    private static readonly string[] LeadIns =
        ["We study", "This paper applies", "Our method builds on", "We revisit", "We propose an approach based on", "The key ingredient is", "We analyze"];

    private readonly int[] _plantAt = new int[PlantedTechnique.All.Count];

    /// <summary>Writes the abstract of a paper with <paramref name="plan"/> into <paramref name="text"/>.</summary>
    public void Compose(CorpusRandom random, PaperPlan plan, CharBuffer text, TermTally tally)
    {
        text.Clear();
        var remaining = Math.Clamp(seedLengths[random.Next(seedLengths.Count)], MinWords, MaxWords);
        var sentences = Math.Max(1, remaining / 21);
        for (var t = 0; t < _plantAt.Length; t++)
        {
            _plantAt[t] = (plan.Techniques & (1 << t)) != 0 ? random.Next(sentences + 1) : -1;
        }

        for (var sentence = 0; remaining > 0; sentence++)
        {
            Plant(random, text, tally, sentence);
            var length = Math.Min(remaining, random.Between(12, 30));
            remaining -= length;

            // A short rest would make a stub sentence; it joins this one instead.
            if (remaining < 6)
            {
                length += remaining;
                remaining = 0;
            }

            Sentence(random, text, tally, length);
        }

        Plant(random, text, tally, int.MaxValue);
    }

    // Plants the sentences of the techniques placed before sentence number `sentence` (all that are left, for int.MaxValue).
    private void Plant(CorpusRandom random, CharBuffer text, TermTally tally, int sentence)
    {
        for (var t = 0; t < _plantAt.Length; t++)
        {
            if (_plantAt[t] >= 0 && (_plantAt[t] <= sentence))
            {
                _plantAt[t] = -1;
                var phrases = PlantedTechnique.All[t].Phrases;
                Separate(text);
                text.Append(LeadIns[random.Next(LeadIns.Length)]);
                text.Append(' ');
                text.Append(phrases[random.Next(phrases.Length)]);
                for (var i = random.Between(3, 10); i > 0; i--)
                {
                    text.Append(' ');
                    text.Append(words.Next(random, tally));
                }

                EndSentence(text);
            }
        }
    }

    private void Sentence(CorpusRandom random, CharBuffer text, TermTally tally, int length)
    {
        Separate(text);
        var start = text.Length;
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(words.Next(random, tally));
        }

        if (char.IsLower(text[start]))
        {
            text.Capitalize(start);
        }

        EndSentence(text);
    }

    private static void Separate(CharBuffer text)
    {
        if (text.Length > 0)
        {
            text.Append(' ');
        }
    }

    // Ends the sentence with a full stop, replacing a trailing comma, semicolon or colon (and the space before a lone one).
    private static void EndSentence(CharBuffer text)
    {
        while (text[text.Length - 1] is ',' or ';' or ':' or ' ')
        {
            text.Trim(1);
        }

        if (text[text.Length - 1] != '.')
        {
            text.Append('.');
        }
    }
}
