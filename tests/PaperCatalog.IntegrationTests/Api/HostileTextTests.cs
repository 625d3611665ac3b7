using System.Globalization;
using PaperCatalog.Web.Features.Papers;
using static PaperCatalog.IntegrationTests.Api.PaperApi;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Dump text with markup or special characters comes back encoded for HTML, CSV and LaTeX, never as markup.</summary>
public sealed class HostileTextTests(HostileTextCatalog catalog) : IClassFixture<HostileTextCatalog>
{
    [Fact]
    public async Task A_title_with_a_script_tag_comes_back_html_encoded_with_the_match_marked()
    {
        var result = await catalog.Client.SearchAsync(Q("sandboxed"));

        var paper = Assert.Single(result.Items);
        Assert.Equal(HostileTextCatalog.ScriptTitle, paper.Title);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Sandboxed</mark> Distillation of Browser Agents", paper.TitleHighlighted);
        AssertNoMarkupBut(paper.TitleHighlighted);
        AssertNoMarkupBut(paper.Snippet);
        Assert.Contains("<mark>sandboxed</mark>", paper.Snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", paper.Snippet, StringComparison.Ordinal);
        Assert.Contains("&quot;quoted&quot;", paper.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_paper_api_encodes_markup_in_the_title_and_the_whole_abstract()
    {
        var id = (await catalog.Client.SearchAsync(Q("sandboxed"))).Items.Single().Id;

        var paper = await catalog.Client.GetJsonAsync<PaperDetailsResponse>($"/api/papers/{id}?{Q("sandboxed bold")}");

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Sandboxed</mark> Distillation of Browser Agents", paper.TitleHighlighted);
        Assert.Contains("the &lt;b&gt;<mark>bold</mark>&lt;/b&gt; claim &amp; the &quot;quoted&quot; one", paper.AbstractHighlighted, StringComparison.Ordinal);
        AssertNoMarkupBut(paper.AbstractHighlighted);
    }

    [Fact]
    public async Task Csv_quotes_commas_and_quotes_so_the_title_reads_back_as_it_is()
    {
        using var response = await catalog.Client.GetAsync("/api/papers/export?format=csv&" + Q("budget students accuracy"), TestContext.Current.CancellationToken);

        var rows = await ExportTests.ReadCsvAsync(response);

        Assert.Contains(rows, r => r["title"] == HostileTextCatalog.LatexTitle);
        Assert.Contains(rows, r => r["title"] == HostileTextCatalog.LatexTitle && r["sources"] == "hostile-text.txt:4");
        Assert.Equal(await catalog.Client.TotalAsync(Q("budget students accuracy")), rows.Count);
    }

    [Fact]
    public async Task BibTex_escapes_every_latex_special_character()
    {
        var text = await catalog.Client.GetStringAsync("/api/papers/export?format=bibtex&" + Q("budget students accuracy"), TestContext.Current.CancellationToken);
        var id = (await catalog.Client.SearchAsync(Q("budget students accuracy") + "&pageSize=100")).Items.Single(p => p.Title == HostileTextCatalog.LatexTitle).Id;

        var entry = BibTex.Entries(text).Single(e => e.PaperId == id);

        Assert.Equal(
            @"{Cost\_of 100\% Accuracy \& \$5 \#1 \{Budget\} \textasciitilde{} \textasciicircum{} \textbackslash{} Students, ""Quoted""}",
            entry.Fields["title"]);
        BibTex.AssertEscaped(entry.Fields["title"][1..^1]);
        BibTex.AssertEscaped(entry.Fields["abstract"]);
        Assert.Equal("{" + HostileTextCatalog.LatexTitle + "}", BibTex.Unescape(entry.Fields["title"]));
        Assert.StartsWith("costof", entry.Key, StringComparison.Ordinal);
        Assert.EndsWith("_" + id.ToString(CultureInfo.InvariantCulture), entry.Key, StringComparison.Ordinal);
    }

    // The only tags in API HTML are the <mark>s it adds itself.
    private static void AssertNoMarkupBut(string html) =>
        Assert.DoesNotContain("<", html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal), StringComparison.Ordinal);
}
