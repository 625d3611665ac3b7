using PaperCatalog.Cli.Evaluation;

namespace PaperCatalog.UnitTests.Evaluation;

public sealed class LabelFileTests
{
    private const string Header = "source\tsplit\tdistillation\ttransfer-learning\ttitle\twhy";

    [Fact]
    public void Technique_columns_are_the_ones_between_the_descriptive_columns_in_header_order()
    {
        var labels = LabelFile.Parse([Header, "001:3\tdev\t1\t0\tA Title\tteacher and student", "", "004:77\tholdout\t0\t1\tOther\tcross-lingual"], "labels.tsv");

        Assert.Equal(["distillation", "transfer-learning"], labels.Techniques);
        var first = labels.Papers[0];
        Assert.Equal(("001:3", "001", 3, EvaluationSplit.Dev, "A Title"), (first.Source, first.FilePrefix, first.Line, first.Split, first.Title));
        Assert.Equal(["distillation"], first.Techniques);
        Assert.Equal((EvaluationSplit.Holdout, 77), (labels.Papers[1].Split, labels.Papers[1].Line));
        Assert.Equal(["transfer-learning"], labels.Papers[1].Techniques);
    }

    [Fact]
    public void The_shipped_label_file_covers_the_seven_techniques_and_427_papers()
    {
        var labels = LabelFile.Read(Path.Combine(PaperCatalog.Testing.TestPaths.Root, "tests", "tagging-evaluation", "labels.tsv"));

        Assert.Equal(
            ["distillation", "transfer-learning", "mixture-of-experts", "domain-adaptation", "continual-learning", "model-compression", "parameter-efficient-finetuning"],
            labels.Techniques);
        Assert.Equal(427, labels.Papers.Count);
    }

    [Theory]
    [InlineData("source\tsplit\tdistillation\ttitle", "labels.tsv, line 1: the header has no 'why' column.")]
    [InlineData("source\tsplit\tdistillation\tdistillation\ttitle\twhy", "labels.tsv, line 1: the header names 'distillation' twice.")]
    [InlineData("001:3\tdev\t1\tA Title", "labels.tsv, line 2: 4 columns where the header has 5.")]
    [InlineData("001-3\tdev\t1\tA Title\twhy", "labels.tsv, line 2: the source '001-3' is not a seed prefix and line number such as 001:71.")]
    [InlineData("001:0\tdev\t1\tA Title\twhy", "labels.tsv, line 2: the source '001:0' is not a seed prefix and line number such as 001:71.")]
    [InlineData("001:3\ttrain\t1\tA Title\twhy", "labels.tsv, line 2: the split 'train' is neither dev nor holdout.")]
    [InlineData("001:3\tdev\tyes\tA Title\twhy", "labels.tsv, line 2: the distillation label 'yes' is neither 0 nor 1.")]
    [InlineData("001:3\tdev\t1\tA Title\twhy\n001:3\tdev\t0\tA Title\twhy", "labels.tsv, line 3: source 001:3 is labeled twice.")]
    public void A_malformed_file_is_refused_naming_the_line(string body, string message)
    {
        string[] lines = body.StartsWith("source", StringComparison.Ordinal) ? [body] : ["source\tsplit\tdistillation\ttitle\twhy", .. body.Split('\n')];

        var refused = Assert.Throws<FormatException>(() => LabelFile.Parse(lines, "labels.tsv"));

        Assert.Equal(message, refused.Message);
    }
}
