using System.Net.Http.Json;
using System.Text.Json;
using PaperCatalog.Web.Features.Papers;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Calls of the papers API, read into the app's own response types.</summary>
internal static class PaperApi
{
    public static JsonSerializerOptions Json => JsonSerializerOptions.Web;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary><c>q=…</c> with the search escaped for a URL.</summary>
    public static string Q(string search) => "q=" + Uri.EscapeDataString(search);

    /// <summary>GET /api/papers with <paramref name="query"/> (no "?"); fails the test unless it succeeds.</summary>
    public static async Task<PaperListResponse> SearchAsync(this HttpClient client, string query = "")
    {
        using var response = await client.GetAsync("/api/papers?" + query, Cancellation);
        Assert.True(response.IsSuccessStatusCode, $"GET /api/papers?{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancellation)}");
        return (await response.Content.ReadFromJsonAsync<PaperListResponse>(Json, Cancellation))!;
    }

    /// <summary>Every page of a search, first to last, following nextCursor.</summary>
    public static async Task<List<PaperListResponse>> PagesAsync(this HttpClient client, string query, int pageSize)
    {
        var pages = new List<PaperListResponse> { await client.SearchAsync($"{query}&pageSize={pageSize}") };
        while (pages[^1].NextCursor is { } next)
        {
            Assert.True(pages.Count < 1000, "nextCursor never ends");
            pages.Add(await client.SearchAsync($"{query}&pageSize={pageSize}&cursor={Uri.EscapeDataString(next)}"));
        }

        return pages;
    }

    /// <summary>The ids of every paper a search finds, in order.</summary>
    public static async Task<List<long>> IdsAsync(this HttpClient client, string query) =>
        (await client.PagesAsync(query, 100)).SelectMany(static p => p.Items).Select(static i => i.Id).ToList();

    /// <summary>The number of papers a search finds.</summary>
    public static async Task<int> TotalAsync(this HttpClient client, string query) =>
        (await client.SearchAsync(query + "&pageSize=1")).Total;

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Cancellation);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancellation)}");
        return (await response.Content.ReadFromJsonAsync<T>(Json, Cancellation))!;
    }
}
