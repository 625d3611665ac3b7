using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using static PaperCatalog.IntegrationTests.Api.PaperApi;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Bad parameters get a 400 problem-details answer that names them; never a 500.</summary>
[Collection(SeededCatalogCollection.Name)]
public sealed class ValidationTests(SeededCatalog catalog)
{
    public static TheoryData<string, string> BadParameters => new()
    {
        { "sort=bogus", "sort" },
        { "sort=1", "sort" },
        { "tagMode=bogus", "tagMode" },
        { "pageSize=0", "pageSize" },
        { "pageSize=10000", "pageSize" },
        { "pageSize=ten", "pageSize" },
        { "cursor=not-a-cursor", "cursor" },
        { "cursor=%21%21%21", "cursor" },
        { "q=" + new string('a', 5000), "q" },
        { "yearFrom=2025&yearTo=2020", "yearTo" },
        { "yearFrom=abc", "yearFrom" },
        { "yearTo=99999", "yearTo" },
        { "page=502", "page" },
        { "page=0", "page" },
        { "page=99999999999", "page" },
        { "hasUpvotes=maybe", "hasUpvotes" },
        { "tags=---", "tags" },
        { "excludeTags=%2B%2B", "excludeTags" },
        { "q=distillation%00", "q" },
        { "source=a%00b", "source" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task A_bad_search_parameter_is_a_400_naming_it(string query, string parameter)
    {
        await AssertProblemAsync("/api/papers?" + query, parameter);
    }

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task An_export_with_a_bad_parameter_is_a_400_naming_it(string query, string parameter)
    {
        await AssertProblemAsync("/api/papers/export?format=csv&" + query, parameter);
    }

    [Theory]
    [InlineData("format=xml")]
    [InlineData("format=1")]
    public async Task An_unknown_export_format_is_a_400_naming_format(string query)
    {
        await AssertProblemAsync("/api/papers/export?" + query, "format");
    }

    // However large, a page number past the last is told where pages end, not that it is no whole number.
    [Theory]
    [InlineData("page=502", "page must be from 1 to 501 at pageSize 20: pages end at result 10,000")]
    [InlineData("page=99999999999999", "page must be from 1 to 501 at pageSize 20: pages end at result 10,000")]
    [InlineData("page=202&pageSize=50", "page must be from 1 to 201 at pageSize 50: pages end at result 10,000")]
    [InlineData("page=0", "page must be a whole number of at least 1.")]
    [InlineData("page=-99999999999999", "page must be a whole number of at least 1.")]
    public async Task A_page_number_out_of_range_says_which_are_allowed(string query, string message)
    {
        var problem = await AssertProblemAsync("/api/papers?" + query, "page");

        Assert.StartsWith(message, problem.Errors["page"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_page_within_the_limit_is_allowed()
    {
        // Page 501 of 20 starts at result 10,000: the deepest a page number may reach.
        var page = await catalog.Client.SearchAsync("page=501");

        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task A_cursor_from_a_list_in_another_order_is_a_400_naming_cursor()
    {
        var newest = await catalog.Client.SearchAsync("sort=newest&pageSize=5");
        var relevance = await catalog.Client.SearchAsync(Q("distillation") + "&pageSize=5");

        await AssertProblemAsync($"/api/papers?sort=upvotes&cursor={Uri.EscapeDataString(newest.NextCursor!)}", "cursor");
        await AssertProblemAsync($"/api/papers?cursor={Uri.EscapeDataString(relevance.NextCursor!)}", "cursor");
        await AssertProblemAsync($"/api/papers?{Q("distillation")}&sort=newest&cursor={Uri.EscapeDataString(relevance.NextCursor!)}", "cursor");
    }

    [Fact]
    public async Task Several_bad_parameters_are_all_named()
    {
        var problem = await AssertProblemAsync("/api/papers?sort=bogus&pageSize=0&yearFrom=abc", "sort");

        Assert.Equal(["pageSize", "sort", "yearFrom"], problem.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_search_with_a_nul_character_is_a_400_on_the_paper_api_too()
    {
        using var response = await catalog.Client.GetAsync("/api/papers/1?q=distillation%00", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpValidationProblemDetails> AssertProblemAsync(string url, string parameter)
    {
        using var response = await catalog.Client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"GET {url[..Math.Min(url.Length, 120)]} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Json, TestContext.Current.CancellationToken))!;
        Assert.Equal(400, problem.Status);
        Assert.Contains(parameter, problem.Errors.Keys);
        Assert.NotEmpty(problem.Errors[parameter].Single());
        return problem;
    }
}
