using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data.Search;
using static PaperCatalog.IntegrationTests.Api.PaperApi;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Quoted phrases, excluded words and "or"; searches of only stop words; did-you-mean.</summary>
[Collection(SeededCatalogCollection.Name)]
public sealed partial class WebsearchSyntaxTests(SeededCatalog catalog)
{
    [Fact]
    public async Task A_quoted_phrase_finds_exactly_the_papers_holding_those_words_next_to_each_other()
    {
        // Worked out with a regular expression over the stored text, not with PostgreSQL's full-text search.
        await using var db = catalog.Db();
        var papers = await db.Papers.AsNoTracking().Select(p => new { p.Id, p.Title, p.TitleIsDerived, p.Abstract }).ToListAsync(TestContext.Current.CancellationToken);
        var withPhrase = papers.Where(p => (!p.TitleIsDerived && KnowledgeTransfer().IsMatch(p.Title)) || KnowledgeTransfer().IsMatch(p.Abstract)).Select(p => p.Id).ToHashSet();

        var phrase = await catalog.Client.IdsAsync(Q("\"knowledge transfer\""));
        var bothWords = await catalog.Client.IdsAsync(Q("knowledge transfer"));

        Assert.NotEmpty(withPhrase);
        Assert.Equal(withPhrase.Order(), phrase.Order());
        Assert.Subset(bothWords.ToHashSet(), phrase.ToHashSet());
        Assert.True(bothWords.Count > phrase.Count, "the phrase should be narrower than the two words");
    }

    [Fact]
    public async Task A_minus_excludes_the_papers_holding_a_word()
    {
        var distillation = await catalog.Client.IdsAsync(Q("distillation"));
        var withSurvey = await catalog.Client.IdsAsync(Q("distillation survey"));
        var withoutSurvey = await catalog.Client.IdsAsync(Q("distillation -survey"));

        Assert.NotEmpty(withSurvey);
        Assert.Equal(distillation.Except(withSurvey).Order(), withoutSurvey.Order());
        var shown = await catalog.Client.SearchAsync(Q("distillation -survey") + "&pageSize=100");
        Assert.All(shown.Items, p => Assert.DoesNotMatch(Survey(), p.Title + " " + p.Abstract));
    }

    [Fact]
    public async Task Or_finds_the_papers_holding_either_word()
    {
        var pruning = await catalog.Client.IdsAsync(Q("pruning"));
        var quantization = await catalog.Client.IdsAsync(Q("quantization"));
        var either = await catalog.Client.IdsAsync(Q("pruning or quantization"));

        var union = pruning.Union(quantization).ToHashSet();
        Assert.True(union.Count > pruning.Count && union.Count > quantization.Count, "each word should find papers the other does not");
        Assert.Equal(union.Order(), either.Order());
    }

    // With nothing to rank by, the papers come newest first, as without a search, not in the order they were stored.
    [Theory]
    [InlineData("the")]
    [InlineData("of the, and")]
    [InlineData("!!!")]
    public async Task A_search_of_only_stop_words_or_punctuation_is_ignored_filters_nothing_and_lists_newest_first(string query)
    {
        var all = await catalog.Client.SearchAsync();
        var ignored = await catalog.Client.SearchAsync(Q(query));

        Assert.True(ignored.QueryIgnored);
        Assert.False(all.QueryIgnored);
        Assert.Equal(SeededCatalog.SeedPapers, ignored.Total);
        Assert.Empty(ignored.DidYouMean);
        Assert.All(ignored.Items, p => Assert.DoesNotContain("<mark>", p.TitleHighlighted + p.Snippet, StringComparison.Ordinal));
        Assert.Equal(all.Items.Select(static p => p.Id), ignored.Items.Select(static p => p.Id));
    }

    // The app tells a query of stop words from PostgreSQL's answer before it runs: the two must agree on every word
    // of the catalog's text (the app's list is a copy of the server's english.stop).
    [Fact]
    public async Task The_app_and_the_server_agree_on_which_words_are_searched_for()
    {
        var stopWords = await WordsAsync(searched: false);
        var searched = await WordsAsync(searched: true);

        Assert.True(stopWords.Count > 100, $"only {stopWords.Count} stop words in the seeds");
        Assert.DoesNotContain(stopWords, static w => new PaperSearchCriteria { Query = w }.HasSearchableWords);
        Assert.DoesNotContain(searched, static w => !new PaperSearchCriteria { Query = w }.HasSearchableWords);
    }

    // Tokens the seeds' words leave out: compounds the parser keeps whole, markup and entities it drops, and more.
    [Theory]
    [InlineData("how-to")]
    [InlineData("do-it-yourself")]
    [InlineData("<b>the</b>")]
    [InlineData("the &amp; of")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("état de l'art")]
    [InlineData("x")]
    [InlineData("2023")]
    [InlineData("\"of the\"")]
    public async Task The_app_and_the_server_agree_on_queries_beyond_plain_words(string query)
    {
        await using var db = catalog.Db();
        var searched = await db.Database.SqlQuery<string>($"SELECT websearch_to_tsquery('english', {query})::text AS \"Value\"").SingleAsync(TestContext.Current.CancellationToken);

        Assert.True(searched.Length > 0 == new PaperSearchCriteria { Query = query }.HasSearchableWords, $"The server searches {query} as [{searched}].");
    }

    [Theory]
    [InlineData("the -survey", false)]
    [InlineData("-the distillation", true)]
    [InlineData("distillation -\"of the\"", true)]
    public void Only_words_not_excluded_count_as_searched_for(string query, bool searched)
    {
        Assert.Equal(searched, new PaperSearchCriteria { Query = query }.HasSearchableWords);
    }

    private async Task<List<string>> WordsAsync(bool searched)
    {
        await using var db = catalog.Db();
        return await db.Database.SqlQuery<string>(
            $"""
            SELECT DISTINCT w AS "Value" FROM papers, regexp_split_to_table(lower(title || ' ' || abstract), '[^[:alnum:]]+') AS w
            WHERE w <> '' AND (numnode(websearch_to_tsquery('english', w)) > 0) = {searched}
            """).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_search_with_results_is_not_ignored_and_suggests_nothing()
    {
        var result = await catalog.Client.SearchAsync(Q("distillation"));

        Assert.True(result.Total > 0);
        Assert.False(result.QueryIgnored);
        Assert.Empty(result.DidYouMean);
        Assert.Null(result.CorrectedQuery);
    }

    [Fact]
    public async Task A_misspelled_search_suggests_real_titles_and_a_corrected_search_that_finds_papers()
    {
        var result = await catalog.Client.SearchAsync(Q("distilation knowlege"));

        Assert.Equal(0, result.Total);
        Assert.NotEmpty(result.DidYouMean);
        Assert.Equal("distillation knowledge", result.CorrectedQuery);

        await using var db = catalog.Db();
        foreach (var suggestion in result.DidYouMean)
        {
            var title = await db.Papers.Where(p => p.Id == suggestion.Id).Select(p => p.Title).SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(title, suggestion.Title);
        }

        // Each corrected word comes from a suggested title, and the corrected search finds papers.
        var titleWords = result.DidYouMean.SelectMany(static s => s.Title.Split(' ')).Select(static w => w.ToLowerInvariant()).ToHashSet();
        Assert.All(result.CorrectedQuery!.Split(' '), word => Assert.Contains(word, titleWords));
        Assert.True(await catalog.Client.TotalAsync(Q(result.CorrectedQuery)) > 0);
    }

    [GeneratedRegex(@"\bknowledge\W+transfer", RegexOptions.IgnoreCase)]
    private static partial Regex KnowledgeTransfer();

    [GeneratedRegex(@"\bsurvey", RegexOptions.IgnoreCase)]
    private static partial Regex Survey();
}
