using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data.Search;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Web.Features.Tags;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Related papers with their reasons, the tag list with its counts, and the OpenAPI document.</summary>
[Collection(SeededCatalogCollection.Name)]
public sealed class RelatedTagsAndOpenApiTests(SeededCatalog catalog)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Related_papers_each_share_techniques_or_title_words_with_the_paper()
    {
        await using var db = catalog.Db();
        var paper = await db.Papers.AsNoTracking().Include(p => p.Tags).ThenInclude(t => t.Tag)
            .SingleAsync(p => p.Title == "Knowledge Distillation via Token-level Relationship Graph", Cancellation);
        var myTechniques = paper.Tags.Where(static t => !t.IsRejected).Select(static t => t.Tag!.Name).ToHashSet();

        var related = await catalog.Client.GetJsonAsync<List<RelatedPaper>>($"/api/papers/{paper.Id}/related");

        Assert.InRange(related.Count, 1, RelatedPapers.Limit);
        Assert.DoesNotContain(related, r => r.Id == paper.Id);
        Assert.Equal(related.Count, related.Select(static r => r.Id).Distinct().Count());
        foreach (var other in related)
        {
            Assert.True(other.SharedTechniques.Length + other.SharedWords.Length > 0, $"paper {other.Id} is related for no reason");
            var theirTechniques = await db.PaperTags.Where(t => t.PaperId == other.Id && !t.IsRejected).Select(t => t.Tag!.Name).ToListAsync(Cancellation);
            Assert.All(other.SharedTechniques, t => Assert.True(myTechniques.Contains(t) && theirTechniques.Contains(t), $"{t} is not shared"));
            Assert.All(other.SharedWords, w => Assert.Contains(w, paper.Title, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(await db.Papers.Where(p => p.Id == other.Id).Select(p => p.Title).SingleAsync(Cancellation), other.Title);
        }
    }

    [Fact]
    public async Task Tags_lists_the_seven_shipped_techniques_with_the_counts_in_the_database()
    {
        var tags = await catalog.Client.GetJsonAsync<List<TagSummary>>("/api/tags");

        await using var db = catalog.Db();
        var counts = await db.PaperTags.Where(t => !t.IsRejected).GroupBy(t => t.Tag!.Slug).Select(g => new { Slug = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Slug, g => g.Count, Cancellation);
        Assert.Equal(
            ["continual-learning", "distillation", "domain-adaptation", "mixture-of-experts", "model-compression", "parameter-efficient-finetuning", "transfer-learning"],
            tags.Select(static t => t.Slug).Order(StringComparer.Ordinal));
        Assert.All(tags, t =>
        {
            Assert.Equal(TagKind.Technique, t.Kind);
            Assert.False(string.IsNullOrWhiteSpace(t.Name));
            Assert.False(string.IsNullOrWhiteSpace(t.Description));
            Assert.Equal(counts.GetValueOrDefault(t.Slug), t.PaperCount);
            Assert.True(t.PaperCount > 0, $"{t.Slug} has no paper in the seeds");
        });
    }

    [Fact]
    public async Task Each_tags_papers_per_year_match_the_database_and_with_the_undated_add_up_to_its_papers()
    {
        var tags = await catalog.Client.GetJsonAsync<List<TagSummary>>("/api/tags");

        await using var db = catalog.Db();
        var rows = await db.PaperTags.Where(t => !t.IsRejected)
            .Join(db.Papers.Where(p => p.PublishedOn != null), t => t.PaperId, p => p.Id, (t, p) => new { t.Tag!.Slug, p.PublishedOn!.Value.Year })
            .ToListAsync(Cancellation);
        foreach (var tag in tags)
        {
            var expected = rows.Where(r => r.Slug == tag.Slug).GroupBy(static r => r.Year).OrderBy(static g => g.Key).Select(static g => new YearCount(g.Key, g.Count()));
            Assert.Equal(expected, tag.PapersPerYear);
            Assert.Equal(tag.PaperCount, tag.PapersPerYear.Sum(static y => y.Count) + tag.UndatedCount);
        }
    }

    [Fact]
    public async Task The_openapi_document_is_served_and_describes_the_api()
    {
        using var document = JsonDocument.Parse(await catalog.Client.GetStringAsync("/openapi/v1.json", Cancellation));
        var paths = document.RootElement.GetProperty("paths");

        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        foreach (var path in new[] { "/api/papers", "/api/papers/{id}", "/api/papers/{id}/related", "/api/papers/export", "/api/tags" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
            Assert.True(item.TryGetProperty("get", out _), $"{path} has no GET");
        }

        foreach (var (path, method) in new[] { ("/api/papers/{id}/tags/history", "get"), ("/api/papers/{id}/tags/{slug}", "put"), ("/api/papers/{id}/tags/{slug}", "delete"), ("/api/tags/{slug}/decisions", "post") })
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method} {path} is not in the OpenAPI document");
        }

        var parameters = paths.GetProperty("/api/papers").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(static p => p.GetProperty("name").GetString()).ToList();
        Assert.Subset(parameters.ToHashSet(), new HashSet<string?> { "q", "tags", "tagMode", "excludeTags", "yearFrom", "yearTo", "hasUpvotes", "source", "sort", "cursor", "page", "pageSize" });
    }

    // The search parameters are read as text (for messages that name them) but documented as what they hold; writes
    // name the API token; import states are names, not numbers.
    [Fact]
    public async Task The_openapi_document_types_the_search_parameters_and_names_the_token_for_writes()
    {
        using var document = JsonDocument.Parse(await catalog.Client.GetStringAsync("/openapi/v1.json", Cancellation));
        var paths = document.RootElement.GetProperty("paths");
        var search = paths.GetProperty("/api/papers").GetProperty("get");
        JsonElement Schema(string name) => search.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");

        Assert.Equal(("integer", 1, 100), (Schema("pageSize").GetProperty("type").GetString(), Schema("pageSize").GetProperty("minimum").GetInt32(), Schema("pageSize").GetProperty("maximum").GetInt32()));
        Assert.Equal("integer", Schema("yearFrom").GetProperty("type").GetString());
        Assert.Equal("boolean", Schema("hasUpvotes").GetProperty("type").GetString());
        Assert.Equal(["relevance", "newest", "upvotes", "oldest"], Schema("sort").GetProperty("enum").EnumerateArray().Select(static v => v.GetString()));

        Assert.Equal("bearer", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiToken").GetProperty("scheme").GetString());
        Assert.True(paths.GetProperty("/api/tags/{slug}/decisions").GetProperty("post").TryGetProperty("security", out _), "a write names no security scheme");
        Assert.False(search.TryGetProperty("security", out _), "the public search asks for a token");
        Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ImportStatus").GetProperty("enum")[0].ValueKind);
    }
}
