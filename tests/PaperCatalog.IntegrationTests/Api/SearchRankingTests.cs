using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using static PaperCatalog.IntegrationTests.Api.PaperApi;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Relevance order and the marking of matches in result lists.</summary>
[Collection(SeededCatalogCollection.Name)]
public sealed partial class SearchRankingTests(SeededCatalog catalog)
{
    // "pruning" is in the titles of some seed papers and only in the abstracts of others.
    private const string Word = "pruning";

    [Fact]
    public async Task Papers_whose_title_matches_rank_above_papers_that_match_only_in_the_abstract()
    {
        var inTitle = await CatalogQueries.TitleMatchesAsync(catalog.ConnectionString, Word);
        var inAbstractOnly = (await CatalogQueries.AbstractMatchesAsync(catalog.ConnectionString, Word)).Except(inTitle).ToHashSet();
        Assert.NotEmpty(inTitle);
        Assert.NotEmpty(inAbstractOnly);

        var ids = await catalog.Client.IdsAsync(Q(Word));

        Assert.Equal(inTitle.Count + inAbstractOnly.Count, ids.Count);
        Assert.Equal(inTitle.Order(), ids.Take(inTitle.Count).Order());
        Assert.Equal(inAbstractOnly.Order(), ids.Skip(inTitle.Count).Order());
    }

    [Fact]
    public async Task Matched_words_are_marked_in_titles_and_snippets_and_nothing_else_changes()
    {
        var result = await catalog.Client.SearchAsync(Q(Word));
        var inTitle = await CatalogQueries.TitleMatchesAsync(catalog.ConnectionString, Word);

        Assert.NotEmpty(result.Items);
        foreach (var paper in result.Items)
        {
            // Only forms of the searched word are marked ("Pruning", "pruned", "prune").
            var marked = Marked(paper.TitleHighlighted).Concat(Marked(paper.Snippet)).ToList();
            Assert.NotEmpty(marked);
            Assert.All(marked, word => Assert.StartsWith("prun", word, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(inTitle.Contains(paper.Id), paper.TitleHighlighted.Contains("<mark>", StringComparison.Ordinal));

            // Without its marks, the highlighted title is the title, HTML-encoded.
            Assert.Equal(WebUtility.HtmlEncode(paper.Title), Unmark(paper.TitleHighlighted));
        }
    }

    [Fact]
    public async Task Without_a_search_nothing_is_marked_and_the_snippet_is_the_start_of_the_abstract()
    {
        var result = await catalog.Client.SearchAsync("pageSize=10");

        Assert.Equal(10, result.Items.Count);
        Assert.All(result.Items, paper =>
        {
            Assert.Equal(WebUtility.HtmlEncode(paper.Title), paper.TitleHighlighted);
            Assert.DoesNotContain("<mark>", paper.Snippet, StringComparison.Ordinal);
            var start = WebUtility.HtmlDecode(paper.Snippet).TrimEnd('…');
            Assert.StartsWith(start, paper.Abstract, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_response_uses_the_documented_json_names()
    {
        var json = await catalog.Client.GetStringAsync("/api/papers?" + Q(Word) + "&pageSize=1", TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        foreach (var name in new[] { "total", "items", "facets", "nextCursor", "previousCursor", "didYouMean", "correctedQuery", "queryIgnored" })
        {
            Assert.True(root.TryGetProperty(name, out _), $"no '{name}' in {json}");
        }

        var item = root.GetProperty("items")[0];
        foreach (var name in new[] { "id", "title", "titleHighlighted", "titleIsDerived", "abstract", "snippet", "publishedOn", "publishedYearInferred", "authorCount", "organization", "upvotes", "tags", "sources" })
        {
            Assert.True(item.TryGetProperty(name, out _), $"no '{name}' in an item");
        }
    }

    internal static IEnumerable<string> Marked(string html) =>
        MarkPattern().Matches(html).Select(static m => WebUtility.HtmlDecode(m.Groups[1].Value));

    internal static string Unmark(string html) => html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkPattern();
}
