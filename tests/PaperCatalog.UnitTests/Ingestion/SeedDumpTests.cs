using PaperCatalog.Domain.Papers;
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

    [Fact]
    public async Task A_record_whose_organization_is_longer_than_the_catalog_stores_is_rejected_at_its_line_and_the_rest_is_read()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var seed = await File.ReadAllTextAsync(TestPaths.Seed("004"), cancellation);
        var organization = new string('T', Paper.MaxOrganizationLength + 1);
        var text = seed.Replace("\ntencent Tencent\n", $"\ntencent {organization}\n", StringComparison.Ordinal);
        Assert.NotEqual(seed, text);
        var original = await Fixture.Reader().ReadAsync("004.txt", System.Text.Encoding.UTF8.GetBytes(seed), cancellation);

        var dump = await Fixture.Reader().ReadAsync("004.txt", System.Text.Encoding.UTF8.GetBytes(text), cancellation);

        var rejection = Assert.Single(dump.Rejections);
        Assert.Equal((437, $"the organization is longer than {Paper.MaxOrganizationLength} characters"), (rejection.LineNumber, rejection.Reason));
        Assert.Equal(original.Records.Where(r => r.LineNumber != 437).Select(r => r.Title), dump.Records.Select(r => r.Title));
    }
}
