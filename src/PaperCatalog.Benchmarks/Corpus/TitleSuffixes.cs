using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Makes every title unique under the importer's title key, deterministically: of the papers whose
/// titles share a key, the first in corpus order keeps its title and the others get a suffix such as
/// " (R4KT)" made from their position in the corpus.
/// </summary>
/// <remarks>
/// The decision needs every title of the corpus, so titles are drawn once up front (only their key
/// fingerprints are kept) and drawn again when the papers are written. A suffixed key is checked
/// against every original key and every suffix given so far; on the rare clash the next suffix is tried.
/// </remarks>
internal static class TitleSuffixes
{
    // Consonants and digits only: no suffix spells a word, or a tag's evidence such as "MoE" or "LoRA".
    private const string Alphabet = "0123456789BCDFGHJKLMNPQRSTVWXZ";

    /// <summary>The suffix of each paper that needs one, by the paper's position in the corpus.</summary>
    /// <param name="hashes">The title key fingerprint of every paper, in corpus order.</param>
    public static IReadOnlyDictionary<int, string> Assign(ulong[] hashes)
    {
        var sorted = (ulong[])hashes.Clone();
        var order = new int[hashes.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(sorted, order);
        var clashing = new List<int>();
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            var first = order[start];
            for (; end < sorted.Length && sorted[end] == sorted[start]; end++)
            {
                first = Math.Min(first, order[end]);
            }

            for (var i = start; i < end; i++)
            {
                if (order[i] != first)
                {
                    clashing.Add(order[i]);
                }
            }

            start = end;
        }

        clashing.Sort();
        return Suffix(clashing, hashes, sorted);
    }

    private static Dictionary<int, string> Suffix(List<int> clashing, ulong[] hashes, ulong[] sorted)
    {
        var suffixes = new Dictionary<int, string>(clashing.Count);
        var given = new HashSet<ulong>();
        foreach (var paper in clashing)
        {
            for (var attempt = 0L; ; attempt++)
            {
                var suffix = Make((ulong)paper + ((ulong)attempt * (ulong)hashes.Length));
                var hash = TitleKeys.Continue(hashes[paper], PaperKeys.Fold(suffix));
                if (Array.BinarySearch(sorted, hash) < 0 && !TagEvidence.Matches(suffix) && given.Add(hash))
                {
                    suffixes.Add(paper, suffix);
                    break;
                }
            }
        }

        return suffixes;
    }

    /// <summary>" (R" and the number in base 30, then ")".</summary>
    internal static string Make(ulong number)
    {
        var digits = new Stack<char>();
        do
        {
            digits.Push(Alphabet[(int)(number % (ulong)Alphabet.Length)]);
            number /= (ulong)Alphabet.Length;
        }
        while (number > 0);

        return " (R" + new string([.. digits]) + ")";
    }
}
