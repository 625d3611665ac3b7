using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Cli;

/// <summary>The <c>papercatalog compare-labels</c> command, run as a real process on the checkout's two labelings.</summary>
public sealed class CompareLabelsCommandTests
{
    private static readonly string Labels = Path.Combine(TestPaths.Root, "tests", "tagging-evaluation", "labels.tsv");

    [Fact]
    public async Task The_shipped_second_labeling_is_compared_on_every_technique_with_agreement_and_kappa()
    {
        var result = await CliProcess.RunAsync(null, "compare-labels", "--split", "holdout", "--list");

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Contains("Label agreement on the holdout split: 170 papers, labels.tsv (first) against second-labels.tsv (second).", result.Output, StringComparison.Ordinal);
        foreach (var technique in new[] { "distillation", "transfer-learning", "mixture-of-experts", "domain-adaptation", "continual-learning", "model-compression", "parameter-efficient-finetuning" })
        {
            Assert.Matches($@"\n{technique} +\d+ +\d+ +\d+ +\d+ +[01]\.\d{{3}} +-?[01]\.\d{{3}}\r?\n", result.Output);
        }

        Assert.Matches(@"\n  [a-z-]+ \d{3}:\d+ only (first|second): .+", result.Output);
    }

    [Fact]
    public async Task A_labeling_of_other_papers_is_refused_with_the_papers_it_misses()
    {
        var lines = await File.ReadAllLinesAsync(Labels, TestContext.Current.CancellationToken);
        var shorter = Path.Combine(Path.GetTempPath(), $"labels-{Guid.NewGuid():N}.tsv");
        await File.WriteAllLinesAsync(shorter, lines[..^1], TestContext.Current.CancellationToken);
        try
        {
            var result = await CliProcess.RunAsync(null, "compare-labels", "--second", shorter);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"error: Papers the second file does not label: {lines[^1].Split('\t')[0]}.", result.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("Agreement", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(shorter);
        }
    }
}
