namespace PaperCatalog.Web.Features.Papers;

/// <summary>Word similarity by shared trigrams, as PostgreSQL's pg_trgm measures it.</summary>
public static class Trigrams
{
    /// <summary>Shared trigrams over all trigrams of the two words, from 0 to 1.</summary>
    public static double Similarity(string a, string b)
    {
        var left = Of(a);
        var right = Of(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = left.Count(right.Contains);
        return (double)shared / (left.Count + right.Count - shared);
    }

    private static HashSet<string> Of(string word)
    {
        var padded = "  " + word.ToLowerInvariant() + " ";
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            trigrams.Add(padded.Substring(i, 3));
        }

        return trigrams;
    }
}
