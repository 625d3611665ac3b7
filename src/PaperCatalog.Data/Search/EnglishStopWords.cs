namespace PaperCatalog.Data.Search;

/// <summary>
/// PostgreSQL's English stop words (<c>tsearch_data/english.stop</c>, the <c>english</c> configuration's list), which
/// a search drops: a query of nothing else searches for nothing, and the app must know that before it picks an order.
/// <c>WebsearchSyntaxTests.The_app_and_the_server_agree_on_which_words_are_searched_for</c> checks the list against the server's.
/// </summary>
internal static class EnglishStopWords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        """
        i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
        herself it its itself they them their theirs themselves what which who whom this that these those am is are
        was were be been being have has had having do does did doing a an the and but if or because as until while of
        at by for with about against between into through during before after above below to from up down in out on
        off over under again further then once here there when where why how all any both each few more most other
        some such no nor not only own same so than too very s t can will just don should now
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);
}
