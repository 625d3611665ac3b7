using Bunit;
using PaperCatalog.Importing;
using PaperCatalog.Web.Features.Admin.Imports;

namespace PaperCatalog.ComponentTests.Admin;

/// <summary>A running import's panel: the progress bar and the step under it, for both import paths.</summary>
public sealed class JobPanelTests : MudComponentTest
{
    [Theory]
    [InlineData(ImportStage.Reading, 2, 5, "corpus-00003.txt", "Reading corpus-00003.txt (3 of 5)")]
    [InlineData(ImportStage.Reading, 0, 5, null, "Reading files (0 of 5 read)")]
    [InlineData(ImportStage.Merging, 120, 400, null, "Merging records: 120 of 400")]
    [InlineData(ImportStage.Merging, 0, 1, "matching records with the catalog", "Merging: matching records with the catalog")]
    [InlineData(ImportStage.Tagging, 25000, 100000, null, "Tagging new papers: 25,000 of 100,000")]
    [InlineData(ImportStage.Writing, 0, 1, "finishing search vectors", "Writing: finishing search vectors")]
    [InlineData(ImportStage.Saving, 0, 1, null, "Saving and tagging…")]
    public void The_step_under_the_progress_bar_names_what_the_import_is_doing(ImportStage stage, int done, int total, string? detail, string expected)
    {
        var cut = Render<JobPanel>(p => p.Add(j => j.Job, RunningJob(bulk: true, new ImportProgress(stage, done, total, detail))));

        Assert.Equal(expected, cut.Find("#import-step").TextContent);
    }

    [Fact]
    public void A_bulk_job_says_so_and_a_standard_one_does_not()
    {
        var progress = new ImportProgress(ImportStage.Writing, 0, 1, "finishing search vectors");
        var bulk = Render<JobPanel>(p => p.Add(j => j.Job, RunningJob(bulk: true, progress)));
        var standard = Render<JobPanel>(p => p.Add(j => j.Job, RunningJob(bulk: false, progress)));

        Assert.Contains("bulk import (binary COPY", bulk.Find("#job-panel").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", bulk.Find("#job-panel").GetAttribute("data-bulk"));
        Assert.DoesNotContain("bulk import", standard.Find("#job-panel").TextContent, StringComparison.Ordinal);
        var bar = bulk.Find("#import-progress");
        var value = bar.GetAttribute("aria-valuenow") ?? bar.QuerySelector("[aria-valuenow]")?.GetAttribute("aria-valuenow");
        Assert.Equal(progress.Fraction * 100, double.Parse(value!, System.Globalization.CultureInfo.InvariantCulture), 3);
    }

    private static ImportJob RunningJob(bool bulk, ImportProgress progress) => new()
    {
        Id = Guid.NewGuid(),
        Kind = ImportJobKind.Import,
        FileNames = ["corpus-00001.txt"],
        RequestedBy = "admin@example.org",
        Bulk = bulk,
        State = ImportJobState.Running,
        Progress = progress,
    };
}
