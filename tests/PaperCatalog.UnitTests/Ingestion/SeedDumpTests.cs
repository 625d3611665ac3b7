using PaperCatalog.Ingestion;
using PaperCatalog.Testing;

namespace PaperCatalog.UnitTests.Ingestion;

/// <summary>The five bundled seed dumps read completely, each in its format, with nothing rejected.</summary>
public sealed class SeedDumpTests
{
    [Theory]
    [InlineData("000", DumpFormat.AbstractPerLine, 9)]
    [InlineData("001", DumpFormat.TitleAbstractPairs, 294)]
    [InlineData("002", DumpFormat.TitleAbstractPairs, 29)]
    [InlineData("003", DumpFormat.DailyPapers, 53)]
    [InlineData("004", DumpFormat.DailyPapers, 77)]
    public async Task Each_seed_reads_in_its_format_with_no_rejections(string prefix, DumpFormat format, int records)
    {
        var dump = await Fixture.Reader().ReadFileAsync(TestPaths.Seed(prefix), TestContext.Current.CancellationToken);

        Assert.Equal(format, dump.Format);
        Assert.Equal(records, dump.Records.Count);
        Assert.Empty(dump.Rejections);
    }

    [Fact]
    public async Task The_organization_byline_in_seed_004_is_read_as_tencent()
    {
        var dump = await Fixture.Reader().ReadFileAsync(TestPaths.Seed("004"), TestContext.Current.CancellationToken);

        var paper = Assert.Single(dump.Records, r => r.Organization is not null);
        Assert.Equal("Tencent", paper.Organization);
        Assert.Equal(437, paper.LineNumber);
        Assert.Equal((new DateOnly(2025, 9, 26), true, 4), (paper.PublishedOn!.Value, paper.PublishedYearInferred, paper.Upvotes!.Value));
    }
}
