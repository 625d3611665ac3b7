using PaperCatalog.Cli.Output;
using PaperCatalog.Importing;

namespace PaperCatalog.UnitTests.Importing;

/// <summary>The CLI's progress line when stderr is a log file: a line per file, step and tenth of a stage, never one per report.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void A_logged_bulk_import_shows_each_step_and_each_tenth_of_the_tagging_once()
    {
        var log = new StringWriter();
        using (var line = new ProgressLine(log, interactive: false))
        {
            line.Report(new ImportProgress(ImportStage.Reading, 0, 1, "corpus-00000.txt"));
            line.Report(new ImportProgress(ImportStage.Merging, 0, 1, "matching records with the catalog"));
            for (var done = 0; done <= 20_000; done += 1_000)
            {
                line.Report(new ImportProgress(ImportStage.Tagging, done, 20_000));
            }

            line.Report(new ImportProgress(ImportStage.Writing, 0, 3, "inserting 20,000 new papers"));
            line.Report(new ImportProgress(ImportStage.Writing, 1, 3, "building index ix_papers_search_rum (1 of 1)"));
            line.Report(new ImportProgress(ImportStage.Writing, 1, 3, "building index ix_papers_search_rum (1 of 1)"));
        }

        var lines = log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "[  0%] reading file 1/1: corpus-00000.txt",
                "[ 40%] matching records with the catalog",
                "[ 50%] tagging new papers 0/20,000",
                "[ 51%] tagging new papers 2,000/20,000",
                "[ 52%] tagging new papers 4,000/20,000",
                "[ 53%] tagging new papers 6,000/20,000",
                "[ 54%] tagging new papers 8,000/20,000",
                "[ 55%] tagging new papers 10,000/20,000",
                "[ 56%] tagging new papers 12,000/20,000",
                "[ 57%] tagging new papers 14,000/20,000",
                "[ 58%] tagging new papers 16,000/20,000",
                "[ 59%] tagging new papers 18,000/20,000",
                "[ 60%] tagging new papers 20,000/20,000",
                "[ 60%] writing: inserting 20,000 new papers",
                "[ 67%] writing: building index ix_papers_search_rum (1 of 1)",
            ],
            lines);
    }
}
