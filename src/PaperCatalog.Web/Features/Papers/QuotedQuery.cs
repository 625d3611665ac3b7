namespace PaperCatalog.Web.Features.Papers;

/// <summary>A search as the page names it: in typographic quotes, unless its own quotes already enclose it.</summary>
public static class QuotedQuery
{
    // “"language model"” reads as a typo; “distillation "knowledge transfer"” and “"self" "distillation"” still
    // need the outer quotes: only a query whose first quote closes at its end is one phrase.
    public static string For(string query) =>
        query.Length > 1 && query[0] == '"' && query.IndexOf('"', 1) == query.Length - 1 ? query : $"\u201c{query}\u201d";
}
