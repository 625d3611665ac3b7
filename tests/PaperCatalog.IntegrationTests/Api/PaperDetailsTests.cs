using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Web.Features.Papers;
using static PaperCatalog.IntegrationTests.Api.SearchRankingTests;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>GET /api/papers/{id}: every field, its provenance, and the words of a search marked.</summary>
[Collection(SeededCatalogCollection.Name)]
public sealed class PaperDetailsTests(SeededCatalog catalog)
{
    // A seed paper seen in three dumps.
    private const string Title = "Knowledge Distillation via Token-level Relationship Graph";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_paper_has_the_stored_fields_tags_and_every_place_it_was_seen()
    {
        await using var db = catalog.Db();
        var stored = await db.Papers.AsNoTracking().Include(p => p.Sources).ThenInclude(s => s.DumpFile).Include(p => p.Tags).ThenInclude(t => t.Tag).SingleAsync(p => p.Title == Title, Cancellation);
        var runs = await db.ImportRuns.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.RequestedBy, Cancellation);

        var paper = await catalog.Client.GetJsonAsync<PaperDetailsResponse>($"/api/papers/{stored.Id}");

        Assert.Equal(
            (stored.Id, stored.Title, stored.TitleIsDerived, stored.Abstract, stored.PublishedOn, stored.PublishedYearInferred, stored.AuthorCount, stored.Organization, stored.Upvotes),
            (paper.Id, paper.Title, paper.TitleIsDerived, paper.Abstract, paper.PublishedOn, paper.PublishedYearInferred, paper.AuthorCount, paper.Organization, paper.Upvotes));
        Assert.Equal(stored.CreatedAt, paper.CreatedAt);
        Assert.Equal(
            stored.Tags.Where(static t => !t.IsRejected).Select(static t => t.Tag!.Slug).Order(StringComparer.Ordinal),
            paper.Tags.Select(static t => t.Slug).Order(StringComparer.Ordinal));
        Assert.NotEmpty(paper.Tags);
        Assert.All(paper.Tags, t => Assert.Equal("automatic", t.Source));

        Assert.Equal(3, paper.Sources.Count);
        Assert.Equal(
            stored.Sources.Select(static s => $"{s.DumpFile!.FileName}:{s.LineNumber}:{s.DumpFile.Checksum}:{s.ImportRunId}").Order(StringComparer.Ordinal),
            paper.Sources.Select(static s => $"{s.FileName}:{s.LineNumber}:{s.FileChecksum}:{s.ImportRunId}").Order(StringComparer.Ordinal));
        Assert.All(paper.Sources, s => Assert.Equal(runs[s.ImportRunId], s.ImportedBy));
        Assert.All(paper.Sources, s => Assert.Equal("first-start", s.ImportedBy));
    }

    [Fact]
    public async Task Without_a_search_nothing_is_marked()
    {
        var id = await IdOfAsync(Title);

        var paper = await catalog.Client.GetJsonAsync<PaperDetailsResponse>($"/api/papers/{id}");

        Assert.Equal(WebUtility.HtmlEncode(paper.Title), paper.TitleHighlighted);
        Assert.Equal(WebUtility.HtmlEncode(paper.Abstract), paper.AbstractHighlighted);
    }

    [Fact]
    public async Task A_search_marks_its_words_in_the_whole_title_and_abstract()
    {
        var id = await IdOfAsync(Title);

        var paper = await catalog.Client.GetJsonAsync<PaperDetailsResponse>($"/api/papers/{id}?q=graph%20distillation");

        var marked = Marked(paper.TitleHighlighted).Concat(Marked(paper.AbstractHighlighted)).Select(static w => w.ToLowerInvariant()).ToHashSet();
        Assert.Contains("distillation", marked);
        Assert.Contains("graph", marked);
        Assert.All(marked, w => Assert.True(w.StartsWith("distil", StringComparison.Ordinal) || w.StartsWith("graph", StringComparison.Ordinal), w));
        Assert.Equal(WebUtility.HtmlEncode(paper.Title), Unmark(paper.TitleHighlighted));
        Assert.Equal(WebUtility.HtmlEncode(paper.Abstract), Unmark(paper.AbstractHighlighted));
    }

    [Fact]
    public async Task Each_automatic_tag_carries_its_evidence_as_spans_that_point_into_the_title_or_abstract()
    {
        var id = await IdOfAsync(Title);

        using var response = await catalog.Client.GetAsync($"/api/papers/{id}", Cancellation);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var paper = await catalog.Client.GetJsonAsync<PaperDetailsResponse>($"/api/papers/{id}");

        // Evidence is JSON, not a string holding JSON.
        Assert.All(json.RootElement.GetProperty("tags").EnumerateArray(), t => Assert.Equal(JsonValueKind.Array, t.GetProperty("evidence").ValueKind));
        var spans = paper.Tags.SelectMany(static t => t.Evidence).ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.Equal(s.Text, (s.Field == EvidenceSpan.Title ? paper.Title : paper.Abstract).Substring(s.Start, s.Length)));
    }

    [Fact]
    public async Task A_result_lists_tags_carry_the_same_evidence_spans()
    {
        var list = await catalog.Client.GetJsonAsync<PaperListResponse>("/api/papers?q=distillation");

        var spans = list.Items.SelectMany(static p => p.Tags.SelectMany(t => t.Evidence).Select(s => (Paper: p, Span: s))).ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, x => Assert.Equal(x.Span.Text, (x.Span.Field == EvidenceSpan.Title ? x.Paper.Title : x.Paper.Abstract).Substring(x.Span.Start, x.Span.Length)));
    }

    [Fact]
    public async Task An_unknown_paper_is_a_404_problem()
    {
        foreach (var url in new[] { "/api/papers/987654321", "/api/papers/987654321/related" })
        {
            using var response = await catalog.Client.GetAsync(url, Cancellation);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
            Assert.Equal(404, problem!.Status);
            Assert.Contains("987654321", problem.Detail, StringComparison.Ordinal);
        }
    }

    private async Task<long> IdOfAsync(string title)
    {
        await using var db = catalog.Db();
        return await db.Papers.Where(p => p.Title == title).Select(p => p.Id).SingleAsync(Cancellation);
    }
}
