using PaperCatalog.Ingestion;

namespace PaperCatalog.UnitTests.Ingestion;

/// <summary>Dates shown without a year are in the year the page was captured.</summary>
public sealed class CaptureDateTests
{
    [Fact]
    public void The_capture_year_is_one_after_the_latest_explicit_year()
    {
        var dump = Read("Oct 28", "May 5, 2023", "Sep 26");

        Assert.Equal(new DateOnly(2024, 10, 28), dump.CaptureDate);
        Assert.Equal((new DateOnly(2024, 9, 26), true), (dump.Records[1].PublishedOn, dump.Records[1].PublishedYearInferred));
    }

    [Fact]
    public void A_date_later_in_the_year_than_the_page_date_is_from_the_year_before()
    {
        var dump = Read("Feb 3", "May 5, 2023", "Dec 30");

        Assert.Equal(new DateOnly(2023, 12, 30), dump.Records[1].PublishedOn);
    }

    [Fact]
    public void A_page_date_that_would_be_after_the_import_date_is_from_the_year_before()
    {
        var dump = Read("Dec 30", "Dec 1, 2025", "Dec 29");

        Assert.Equal(new DateOnly(2025, 12, 30), dump.CaptureDate);
        Assert.Equal(new DateOnly(2025, 12, 29), dump.Records[1].PublishedOn);
    }

    [Fact]
    public void Without_a_page_date_the_capture_date_is_at_most_the_import_date()
    {
        var dump = Fixture.ReadText(
            "Daily Papers\n" +
            "First Paper\nAn abstract about distillation that is long enough to read as prose.\n  • 2 authors\n·\nMar 3, 2026\n" +
            "Second Paper\nAn abstract about transfer learning that is long enough to read as prose.\n  • 3 authors\n·\nDec 29\n");

        Assert.Equal(Fixture.ImportDate, dump.CaptureDate);
        Assert.Equal(new DateOnly(2025, 12, 29), dump.Records[1].PublishedOn);
    }

    [Fact]
    public void February_29_lands_in_the_latest_leap_year()
    {
        var dump = Read("Mar 1", "Jan 2, 2024", "Feb 29");

        Assert.Equal(new DateOnly(2024, 2, 29), dump.Records[1].PublishedOn);
    }

    private static ParsedDump Read(string pageDate, string explicitDate, string yearlessDate) =>
        Fixture.ReadText(
            $"Daily Papers\n{pageDate}\n" +
            $"First Paper\nAn abstract about distillation that is long enough to read as prose.\n  • 2 authors\n·\n{explicitDate}\n" +
            $"Second Paper\nAn abstract about transfer learning that is long enough to read as prose.\n  • 3 authors\n·\n{yearlessDate}\n");
}
