namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Makes up words that no dictionary has: mostly pronounceable lower-case words ("quorvex"), some
/// names ("Velkaz"), model names ("TalaNet-7B") and acronyms ("QRTV"), each a function of its number.
/// </summary>
/// <remarks>
/// Plain words end in a letter no English suffix ends in (k, x, z, v, p, th), so PostgreSQL's English
/// stemmer keeps them whole and two of them never share a lexeme; the document frequency of such a word
/// is then exactly the document frequency of its lexeme, which is what a search benchmark queries.
/// </remarks>
internal static class PseudoWords
{
    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "qu", "r", "s", "t", "v", "w", "z", "br", "cr", "dr", "gl", "pl", "tr", "st", "sh", "ch", "kr", "vl"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ei"];
    private static readonly string[] Codas = ["", "", "", "r", "l", "n", "m", "s"];
    private static readonly string[] Finals = ["k", "x", "z", "v", "p", "th", "rk", "nx", "sk", "lz"];
    private static readonly string[] ModelSuffixes = ["Net", "Former", "LM", "GPT", "Bench", "Diff", "Seg", "VLM", "Coder", "Agent", "Mamba", "Vid"];
    private static readonly string[] ModelVariants = ["", "", "-7B", "-2", "-XL", "-v3", "-1.5B", "-70B", "-Lite", "-R1"];
    private const string AcronymLetters = "BCDFGHJKLMNPQRSTVWXZ";

    /// <summary>The kind of made-up word number <paramref name="index"/> is, and its text for the given attempt.</summary>
    public static (string Word, bool IsPlain) Make(int index, int attempt)
    {
        var bits = CorpusRandom.Mix(((ulong)index << 8) + (ulong)attempt + 0x5EED);
        var kind = (int)(bits % 100);
        bits /= 100;
        return kind switch
        {
            < 84 => (Plain(ref bits), true),
            < 90 => (Capitalize(Plain(ref bits)), false),
            < 97 => (Model(ref bits), false),
            _ => (Acronym(ref bits), false),
        };
    }

    private static string Plain(ref ulong bits)
    {
        var syllables = 1 + (int)Take(ref bits, 3);
        var word = "";
        for (var i = 0; i < syllables; i++)
        {
            word += Onsets[Take(ref bits, Onsets.Length)] + Vowels[Take(ref bits, Vowels.Length)] + (i + 1 < syllables ? Codas[Take(ref bits, Codas.Length)] : "");
        }

        return word + Finals[Take(ref bits, Finals.Length)];
    }

    private static string Model(ref ulong bits)
    {
        var stem = Onsets[Take(ref bits, Onsets.Length)] + Vowels[Take(ref bits, Vowels.Length)] + Codas[Take(ref bits, Codas.Length)] + Vowels[Take(ref bits, Vowels.Length)];
        return Capitalize(stem) + ModelSuffixes[Take(ref bits, ModelSuffixes.Length)] + ModelVariants[Take(ref bits, ModelVariants.Length)];
    }

    private static string Acronym(ref ulong bits)
    {
        var length = 3 + (int)Take(ref bits, 3);
        return string.Create(length, bits, static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = AcronymLetters[(int)(state % (ulong)AcronymLetters.Length)];
                state /= (ulong)AcronymLetters.Length;
            }
        });
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static int Take(ref ulong bits, int count)
    {
        var value = (int)(bits % (ulong)count);
        bits /= (ulong)count;
        return value;
    }
}
