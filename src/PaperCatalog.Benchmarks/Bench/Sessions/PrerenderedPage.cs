using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PaperCatalog.Benchmarks.Bench.Sessions;

/// <summary>
/// What a prerendered page hands the browser to make it interactive: the markers of its server
/// components and the persisted component state, as blazor.web.js reads them from HTML comments.
/// </summary>
internal sealed partial record PrerenderedPage(IReadOnlyList<JsonObject> Markers, string ApplicationState)
{
    public static PrerenderedPage Parse(string html)
    {
        var markers = Marker().Matches(html)
            .Select(static m => JsonNode.Parse(m.Groups[1].Value) as JsonObject)
            .Where(static m => m?["type"]?.GetValue<string>() == "server" && m["descriptor"] is not null)
            .Select(static m => m!)
            .ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException("The page has no interactive server components to start a session with.");
        }

        return new PrerenderedPage(markers, State().Match(html) is { Success: true } state ? state.Groups[1].Value : "");
    }

    /// <summary>The UpdateRootComponents batch that adds every prerendered component, numbered as blazor.web.js numbers them.</summary>
    public string AddAllOperations()
    {
        var operations = new JsonArray();
        for (var i = 0; i < Markers.Count; i++)
        {
            var marker = (JsonObject)Markers[i].DeepClone();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();
}
