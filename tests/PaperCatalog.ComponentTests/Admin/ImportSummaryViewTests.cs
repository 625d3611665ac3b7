using Bunit;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Importing;
using PaperCatalog.Web.Features.Admin.Imports;

namespace PaperCatalog.ComponentTests.Admin;

/// <summary>An import's summary on the admin page: counts, what a bulk import does not list, warnings of a run that succeeded.</summary>
public sealed class ImportSummaryViewTests : MudComponentTest
{
    private static readonly KeyValuePair<string, TimeSpan>[] BulkPhases = [new("load", TimeSpan.FromSeconds(2))];

    [Fact]
    public void A_bulk_summary_says_its_added_papers_are_counted_not_listed_even_when_nothing_is_listed()
    {
        var cut = Render<ImportSummaryView>(p => p.Add(v => v.Summary, new ImportSummary { Status = ImportStatus.Succeeded, DryRun = true, Parsed = 100_000, Added = 100_000, Phases = BulkPhases }));

        Assert.Contains("100,000 to add", cut.Find("#import-counts").TextContent, StringComparison.Ordinal);
        Assert.Equal("A bulk import lists the papers it updates; the 100,000 it would add are counted, not listed.", cut.Find(".bulk-listing").TextContent);
    }

    [Fact]
    public void A_standard_summary_has_no_bulk_caption_and_a_run_without_error_no_warning()
    {
        var cut = Render<ImportSummaryView>(p => p.Add(v => v.Summary, new ImportSummary { Status = ImportStatus.Succeeded, Parsed = 2, Added = 2 }));

        Assert.Empty(cut.FindAll(".bulk-listing"));
        Assert.Empty(cut.FindAll("#import-warning"));
    }

    [Fact]
    public void A_run_that_succeeded_with_an_error_shows_it_as_a_warning()
    {
        const string Error = "the papers were stored, but tagging them failed (timeout); apply the rules again on the admin rules page";
        var cut = Render<ImportSummaryView>(p => p.Add(v => v.Summary, new ImportSummary { Status = ImportStatus.Succeeded, Parsed = 5, Added = 5, Error = Error, Phases = BulkPhases }));

        Assert.Equal(Error, cut.Find("#import-warning").TextContent.Trim());
        Assert.Empty(cut.FindAll("#import-error"));
    }
}
