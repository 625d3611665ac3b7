using System.Globalization;
using CsvHelper;
using static PaperCatalog.IntegrationTests.Api.PaperApi;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Downloads of a view: CSV and BibTeX hold exactly the papers the same search finds.</summary>
[Collection(SeededCatalogCollection.Name)]
public sealed class ExportTests(SeededCatalog catalog)
{
    private static readonly string[] CsvHeader =
        ["id", "title", "title_is_derived", "published_on", "published_year_inferred", "author_count", "organization", "upvotes", "tags", "sources", "abstract"];

    public static TheoryData<string> Views => new()
    {
        "",
        Q("distillation") + "&tags=model-compression",
        Q("knowledge") + "&yearFrom=2023&sort=upvotes",
        "excludeTags=distillation&hasUpvotes=true",
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Csv_has_a_header_and_one_row_per_paper_of_the_search_in_its_order(string view)
    {
        using var response = await catalog.Client.GetAsync($"/api/papers/export?format=csv&{view}", TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);

        var rows = await ReadCsvAsync(response);

        var expected = await catalog.Client.IdsAsync(view);
        Assert.Equal(await catalog.Client.TotalAsync(view), rows.Count);
        Assert.Equal(expected, rows.Select(static r => long.Parse(r["id"], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Csv_rows_hold_each_papers_fields()
    {
        using var response = await catalog.Client.GetAsync("/api/papers/export?format=csv&" + Q("pruning"), TestContext.Current.CancellationToken);
        var rows = (await ReadCsvAsync(response)).ToDictionary(static r => long.Parse(r["id"], CultureInfo.InvariantCulture));
        var papers = (await catalog.Client.SearchAsync(Q("pruning") + "&pageSize=100")).Items;

        Assert.Equal(papers.Count, rows.Count);
        foreach (var paper in papers)
        {
            var row = rows[paper.Id];
            Assert.Equal(paper.Title, row["title"]);
            Assert.Equal(paper.Abstract, row["abstract"]);
            Assert.Equal(paper.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", row["published_on"]);
            Assert.Equal(paper.Upvotes.ToString(CultureInfo.InvariantCulture), row["upvotes"]);
            Assert.Equal(string.Join("; ", paper.Tags.Select(static t => t.Slug)), row["tags"]);
            Assert.Equal(string.Join("; ", paper.Sources.Select(static s => $"{s.FileName}:{s.LineNumber}")), row["sources"]);
        }
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task BibTex_has_one_misc_entry_per_paper_with_a_unique_key(string view)
    {
        var text = await catalog.Client.GetStringAsync($"/api/papers/export?format=bibtex&{view}", TestContext.Current.CancellationToken);
        var entries = BibTex.Entries(text);

        var expected = await catalog.Client.IdsAsync(view);
        Assert.Equal(expected.Count, entries.Count);
        Assert.Equal(entries.Count, entries.Select(static e => e.Key).Distinct().Count());
        Assert.Equal(expected, entries.Select(static e => e.PaperId));
    }

    [Fact]
    public async Task BibTex_escapes_latex_special_characters_and_keeps_the_text()
    {
        // Seed abstracts hold "%" and "&"; LaTeX would read them as a comment and a column break.
        var papers = (await catalog.Client.SearchAsync(Q("distillation") + "&pageSize=100")).Items.ToDictionary(static p => p.Id);
        var text = await catalog.Client.GetStringAsync("/api/papers/export?format=bibtex&" + Q("distillation"), TestContext.Current.CancellationToken);

        var entries = BibTex.Entries(text).Where(e => papers.ContainsKey(e.PaperId)).ToList();
        Assert.Contains(entries, e => papers[e.PaperId].Abstract.Contains('%', StringComparison.Ordinal));
        foreach (var entry in entries)
        {
            BibTex.AssertEscaped(entry.Fields["abstract"]);
            BibTex.AssertEscaped(entry.Fields["title"][1..^1]);
            Assert.Equal(papers[entry.PaperId].Abstract, BibTex.Unescape(entry.Fields["abstract"]));
            Assert.Equal("{" + papers[entry.PaperId].Title + "}", BibTex.Unescape(entry.Fields["title"]));
        }
    }

    internal static async Task<List<Dictionary<string, string>>> ReadCsvAsync(HttpResponseMessage response)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        Assert.True(await csv.ReadAsync());
        csv.ReadHeader();
        Assert.Equal(CsvHeader, csv.HeaderRecord);
        var rows = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            rows.Add(CsvHeader.ToDictionary(static name => name, name => csv.GetField(name)!));
        }

        return rows;
    }
}
