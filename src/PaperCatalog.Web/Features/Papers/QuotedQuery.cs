namespace PaperCatalog.Web.Features.Papers;

/// <summary>A search as the page names it: in typographic quotes, unless it holds quotes of its own (a phrase).</summary>
public static class QuotedQuery
{
    // "“"language model"”" reads as a typo; the phrase's own quotes already set the search apart.
    public static string For(string query) => query.Contains('"', StringComparison.Ordinal) ? query : $"\u201c{query}\u201d";
}
