namespace PaperCatalog.Web.Features.Papers;

/// <summary>
/// Proposes a corrected search from the titles a misspelled search resembles:
/// "knowlege distilation" → "knowledge distillation".
/// </summary>
public static class QueryCorrection
{
    private const double MinSimilarity = 0.4;

    /// <summary>The query with each misspelled word replaced by the most similar title word, or <c>null</c> when nothing changes.</summary>
    public static string? Suggest(string query, IEnumerable<string> titles)
    {
        var vocabulary = titles
            .SelectMany(static t => Words(t))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var changed = false;
        var corrected = Words(query).Select(word =>
        {
            if (word.Length < 3 || vocabulary.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return word;
            }

            var best = vocabulary.MaxBy(candidate => Trigrams.Similarity(word, candidate));
            if (best is null || Trigrams.Similarity(word, best) < MinSimilarity)
            {
                return word;
            }

            changed = true;
            return best.ToLowerInvariant();
        }).ToList();
        return changed ? string.Join(' ', corrected) : null;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[])[' ', ',', ':', ';', '.', '(', ')', '"', '?', '!', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
}
