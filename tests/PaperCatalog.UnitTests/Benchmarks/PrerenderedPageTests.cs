using System.Text.Json.Nodes;
using PaperCatalog.Benchmarks.Bench.Sessions;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>Reading a prerendered page the way blazor.web.js does, to start a session without a browser.</summary>
public sealed class PrerenderedPageTests
{
    private const string Html = """
        <html><head><!--Blazor:{"type":"server","prerenderId":"a1","key":{"locationHash":"h1","formattedComponentKey":""},"sequence":0,"descriptor":"CfDJ-one"}--><title>x</title><!--Blazor:{"prerenderId":"a1"}--></head>
        <body><!--Blazor:{"type":"server","prerenderId":"b2","key":{"locationHash":"h2","formattedComponentKey":""},"sequence":1,"descriptor":"CfDJ-two"}--><p>page</p><!--Blazor:{"prerenderId":"b2"}-->
        <!--Blazor-Server-Component-State:CfDJ8state_-x--></body></html>
        """;

    [Fact]
    public void Start_markers_and_the_persisted_state_are_found_and_end_markers_are_not()
    {
        var page = PrerenderedPage.Parse(Html);

        Assert.Equal(["CfDJ-one", "CfDJ-two"], page.Markers.Select(static m => m["descriptor"]!.GetValue<string>()));
        Assert.Equal("CfDJ8state_-x", page.ApplicationState);
    }

    [Fact]
    public void The_add_operations_number_components_from_one_and_keep_each_marker()
    {
        var batch = JsonNode.Parse(PrerenderedPage.Parse(Html).AddAllOperations())!;

        var operations = batch["operations"]!.AsArray();
        Assert.Equal([1, 2], operations.Select(static o => o!["ssrComponentId"]!.GetValue<int>()));
        Assert.Equal(["add", "add"], operations.Select(static o => o!["type"]!.GetValue<string>()));
        Assert.Equal("h2", operations[1]!["marker"]!["key"]!["locationHash"]!.GetValue<string>());
        Assert.Equal(1, operations[1]!["marker"]!["uniqueId"]!.GetValue<int>());
    }

    [Fact]
    public void A_page_without_interactive_components_is_refused()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => PrerenderedPage.Parse("<html><body>static</body></html>"));

        Assert.Contains("no interactive server components", refused.Message, StringComparison.Ordinal);
    }
}
