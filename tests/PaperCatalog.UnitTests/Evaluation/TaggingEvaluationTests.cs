using PaperCatalog.Cli.Evaluation;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.UnitTests.Evaluation;

/// <summary>The evaluation on a tiny seed folder and label set, with hand-written rules, so every count is known.</summary>
public sealed class TaggingEvaluationTests
{
    private const string Header = "source\tsplit\tdistillation\ttransfer-learning\ttitle\twhy";

    private static readonly TaggingEngine Engine = new(
    [
        new TagRuleSet(1, "distillation", [new TagRule { Pattern = @"\bdistill\w*", Weight = 2.0 }]),
        new TagRuleSet(2, "transfer-learning", [new TagRule { Pattern = @"\btransfer learning\b", Weight = 2.0 }]),
    ]);

    [Fact]
    public async Task Counts_and_mistakes_compare_the_applied_tags_with_the_labels_of_the_split()
    {
        var seeds = await SeedsAsync(Pairs(
            ("Distilling Detectors", "We distill a large detector into a small one for phones and keep most of its accuracy on every benchmark."),
            ("Sparse Routing", "We route tokens to experts and show that transfer learning from dense checkpoints speeds up training a lot."),
            ("Plain Pretraining", "We pretrain a language model on more data than before and report results on twelve reading benchmarks.")));
        var labels = Labels(
            "001:3\tdev\t1\t0\tDistilling Detectors\tKD",
            "001:5\tdev\t0\t0\tSparse Routing\tMoE only",
            "001:7\tdev\t1\t1\tPlain Pretraining\tlabeled wrongly on purpose");

        var result = TaggingEvaluation.Run(Engine, labels, seeds, EvaluationSplit.Dev);

        Assert.Equal(3, result.Papers);
        Assert.Equal([("distillation", 1, 0, 1), ("transfer-learning", 0, 1, 1)], result.Techniques.Select(static m => (m.Slug, m.TruePositives, m.FalsePositives, m.FalseNegatives)));
        Assert.Equal(
            [
                (TagOutcome.FalsePositive, "transfer-learning", "001:5", 2.0),
                (TagOutcome.FalseNegative, "distillation", "001:7", 0.0),
                (TagOutcome.FalseNegative, "transfer-learning", "001:7", 0.0),
            ],
            result.Mistakes.Select(static m => (m.Kind, m.Slug, m.Source, m.Score)));
        Assert.Equal("transfer learning", Assert.Single(result.Mistakes[0].Evidence).Text);
    }

    [Fact]
    public async Task Only_the_chosen_split_is_evaluated_and_all_takes_both()
    {
        var seeds = await SeedsAsync(Pairs(
            ("Distilling Detectors", "We distill a large detector into a small one for phones and keep most of its accuracy on every benchmark."),
            ("Plain Pretraining", "We pretrain a language model on more data than before and report results on twelve reading benchmarks.")));
        var labels = Labels("001:3\tdev\t1\t0\tDistilling Detectors\tKD", "001:5\tholdout\t0\t0\tPlain Pretraining\tnone");

        Assert.Equal(1, TaggingEvaluation.Run(Engine, labels, seeds, EvaluationSplit.Dev).Papers);
        Assert.Equal(1, TaggingEvaluation.Run(Engine, labels, seeds, EvaluationSplit.Holdout).Papers);
        Assert.Equal(2, TaggingEvaluation.Run(Engine, labels, seeds, EvaluationSplit.All).Papers);
    }

    [Fact]
    public async Task A_paper_seen_in_two_dumps_is_scored_as_the_import_merges_it()
    {
        var seeds = await SeedsAsync(
            Pairs(("Compact Detectors", "We make a large detector small enough for phones and keep most of its accuracy on every benchmark.")),
            Pairs(("Compact Detectors", "We distill a large detector into a small one for phones and keep most of its accuracy on every benchmark.")));
        var labels = Labels("001:3\tdev\t1\t0\tCompact Detectors\tKD, in the corrected abstract");

        var result = TaggingEvaluation.Run(Engine, labels, seeds, EvaluationSplit.Dev);

        Assert.Equal(1, result.Techniques[0].TruePositives);
    }

    [Fact]
    public async Task The_core_goal_is_met_only_when_each_core_technique_reaches_f1_085()
    {
        var seeds = await SeedsAsync(Pairs(("Distilling Detectors", "We distill a large detector into a small one for phones and keep most of its accuracy on every benchmark.")));

        var result = TaggingEvaluation.Run(Engine, Labels("001:3\tdev\t1\t1\tDistilling Detectors\tKD and transfer"), seeds, EvaluationSplit.Dev);

        Assert.Equal(["distillation", "transfer-learning"], result.Core.Average.Techniques);
        Assert.Equal((1.0, 0.0), (result.Techniques[0].F1, result.Techniques[1].F1));
        Assert.Equal(["transfer-learning"], result.Core.BelowGoal);
        Assert.False(result.Core.Met);
    }

    [Fact]
    public async Task A_source_with_no_record_or_another_title_is_refused()
    {
        var seeds = await SeedsAsync(Pairs(("Distilling Detectors", "We distill a large detector into a small one for phones and keep most of its accuracy on every benchmark.")));

        var missing = Assert.Throws<InvalidOperationException>(() => TaggingEvaluation.Run(Engine, Labels("001:4\tdev\t1\t0\tDistilling Detectors\tKD"), seeds, EvaluationSplit.Dev));
        var moved = Assert.Throws<InvalidOperationException>(() => TaggingEvaluation.Run(Engine, Labels("001:3\tdev\t1\t0\tAnother Paper\tKD"), seeds, EvaluationSplit.Dev));

        Assert.Equal("No seed record starts at 001:4; the labels do not fit these seeds.", missing.Message);
        Assert.Equal("The labeled title differs from the seed record's at 001:3; the labels do not fit these seeds.", moved.Message);
    }

    private static LabelSet Labels(params string[] lines) => LabelFile.Parse([Header, .. lines], "labels.tsv");

    // Title and abstract line pairs after the page chrome: the first title is on line 3, the next on line 5.
    private static string Pairs(params (string Title, string Abstract)[] papers) =>
        "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe" + string.Concat(papers.Select(static p => $"{p.Title}\n{p.Abstract}\n"));

    private static async Task<SeedPapers> SeedsAsync(params string[] dumps)
    {
        var folder = Directory.CreateTempSubdirectory("papercatalog-evaluation-").FullName;
        try
        {
            for (var i = 0; i < dumps.Length; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, $"{i + 1:000}_test.txt"), dumps[i], TestContext.Current.CancellationToken);
            }

            return await SeedPapers.ReadAsync(folder, TestContext.Current.CancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
