namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// What is decided about a paper before its title is written: its techniques and whether the title names one.
/// </summary>
/// <param name="Techniques">A bit mask over <see cref="PlantedTechnique.All"/>.</param>
/// <param name="TitleTechnique">The technique the title starts with, or -1.</param>
/// <param name="TitlePhrase">Which of that technique's title phrases.</param>
internal readonly record struct PaperPlan(int Techniques, int TitleTechnique, int TitlePhrase)
{
    /// <summary>Draws a plan from the title stream, so titles can be regenerated without the abstracts.</summary>
    public static PaperPlan Draw(CorpusRandom random)
    {
        var mask = 0;
        var techniques = PlantedTechnique.All;
        for (var i = 0; i < techniques.Count; i++)
        {
            if (random.Chance(techniques[i].Probability))
            {
                mask |= 1 << i;
            }
        }

        if (mask == 0 || !random.Chance(PlantedTechnique.TitleShare))
        {
            return new PaperPlan(mask, -1, 0);
        }

        // The title names the paper's first technique, as a paper about two usually leads with one.
        var first = System.Numerics.BitOperations.TrailingZeroCount(mask);
        return new PaperPlan(mask, first, random.Next(techniques[first].TitlePhrases.Length));
    }
}
