using System.Text.Json;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Cli;

/// <summary>The <c>papercatalog evaluate-tagging</c> command, run as a real process on the checkout's labels and seeds.</summary>
public sealed class EvaluateTaggingCommandTests(PostgresServer server)
{
    private static readonly string[] Techniques =
        ["distillation", "transfer-learning", "mixture-of-experts", "domain-adaptation", "continual-learning", "model-compression", "parameter-efficient-finetuning"];

    [Fact]
    public async Task The_shipped_rules_on_the_dev_split_give_json_with_all_seven_techniques_ratios_in_0_to_1_and_f1_inside_its_interval()
    {
        var result = await CliProcess.RunAsync(null, "evaluate-tagging", "--rules", "shipped", "--split", "dev", "--json");

        Assert.True(result.ExitCode == 0, result.Errors);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(("dev", "shipped", 257), (root.GetProperty("split").GetString(), root.GetProperty("rules").GetString(), root.GetProperty("papers").GetInt32()));
        var techniques = root.GetProperty("techniques").EnumerateArray().ToList();
        Assert.Equal(Techniques, techniques.Select(static t => t.GetProperty("slug").GetString()));
        foreach (var technique in techniques)
        {
            AssertRatios(technique);
            var (tp, fn) = (technique.GetProperty("truePositives").GetInt32(), technique.GetProperty("falseNegatives").GetInt32());
            Assert.True(technique.GetProperty("falsePositives").GetInt32() >= 0);
            Assert.Equal(tp + fn, technique.GetProperty("support").GetInt32());
            Assert.True(tp + fn > 0, "Every technique has labeled dev papers.");
            var interval = technique.GetProperty("f1Interval");
            Assert.InRange(technique.GetProperty("f1").GetDouble(), interval.GetProperty("low").GetDouble(), interval.GetProperty("high").GetDouble());
        }

        AssertRatios(root.GetProperty("macro"));
        Assert.Equal(Techniques[..4], root.GetProperty("core").GetProperty("average").GetProperty("techniques").EnumerateArray().Select(static t => t.GetString()));
        Assert.Equal(0.85, root.GetProperty("core").GetProperty("goalF1").GetDouble());
        Assert.Empty(root.GetProperty("mistakes").EnumerateArray());
    }

    [Fact]
    public async Task The_rules_a_new_catalog_stores_score_exactly_like_the_shipped_ones()
    {
        var connectionString = await server.CreateDatabaseAsync();

        var shipped = await CliProcess.RunAsync(null, "evaluate-tagging", "--rules", "shipped", "--json");
        var stored = await CliProcess.RunAsync(connectionString, "evaluate-tagging", "--rules", "database", "--json");

        Assert.True(stored.ExitCode == 0, stored.Errors);
        Assert.Equal(shipped.Output.Replace("\"rules\": \"shipped\"", "\"rules\": \"database\"", StringComparison.Ordinal), stored.Output);
    }

    [Fact]
    public async Task Errors_list_dev_mistakes_with_their_evidence()
    {
        var result = await CliProcess.RunAsync(null, "evaluate-tagging", "--rules", "shipped", "--errors");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Technique                        Precision  Recall     F1    TP    FP    FN  Support", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n  F[PN] [a-z-]+ \d{3}:\d+ score \d+\.\d\d: .+\n +(title|abstract) +@\d+", result.Output);
    }

    [Theory]
    [InlineData("holdout")]
    [InlineData("all")]
    public async Task Errors_are_refused_unless_the_split_is_dev_so_holdout_papers_cannot_tune_the_rules(string split)
    {
        var result = await CliProcess.RunAsync(null, "evaluate-tagging", "--rules", "shipped", "--split", split, "--errors");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--errors lists mistakes for tuning, so it only works with --split dev", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Precision", result.Output, StringComparison.Ordinal);
    }

    private static void AssertRatios(JsonElement element)
    {
        foreach (var name in new[] { "precision", "recall", "f1" })
        {
            Assert.InRange(element.GetProperty(name).GetDouble(), 0.0, 1.0);
        }
    }
}
