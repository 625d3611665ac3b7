namespace PaperCatalog.Data.Search;

/// <summary>Levenshtein distance: how many single-letter insertions, deletions or substitutions turn one word into another.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        // Two rows of the usual table: the distances from a's prefixes to b's previous and current prefix.
        var previous = new int[a.Length + 1];
        var current = new int[a.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            previous[i] = i;
        }

        for (var j = 1; j <= b.Length; j++)
        {
            current[0] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                var substitution = previous[i - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[i] = Math.Min(substitution, Math.Min(previous[i], current[i - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[a.Length];
    }
}
