using PaperCatalog.Benchmarks.Corpus;
using PaperCatalog.Cli.Commands;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>The generate command's options: defaults, and problems reported before anything is written.</summary>
public sealed class GenerateCommandTests
{
    [Fact]
    public void Papers_and_folder_are_enough_and_the_rest_has_defaults()
    {
        var command = GenerateCommand.Create();
        var parse = command.Parse(["--papers", "1000", "--out", "corpus"]);

        Assert.Empty(parse.Errors);
        Assert.Equal(CorpusOptions.DefaultSeed, parse.GetValue<int>("--seed"));
        Assert.Equal(CorpusOptions.DefaultPapersPerFile, parse.GetValue<int>("--papers-per-file"));
    }

    [Theory]
    [InlineData("--papers 0 --out corpus", "the number of papers")]
    [InlineData("--papers 1000 --out corpus --papers-per-file 60000", "papers per file")]
    public void Values_out_of_range_are_refused(string args, string message)
    {
        var parse = GenerateCommand.Create().Parse(args.Split(' '));

        Assert.Contains(parse.Errors, e => e.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_papers_option_is_reported_once() =>
        Assert.Single(GenerateCommand.Create().Parse(["--out", "corpus"]).Errors);
}
