using System.Text;
using PaperCatalog.Benchmarks.Corpus;
using PaperCatalog.Domain.Papers;
using PaperCatalog.Ingestion;
using PaperCatalog.UnitTests.Ingestion;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>
/// The dump files and the TSV of a generated corpus describe the same papers in the same order: what
/// the importer's reader gets from the dumps is exactly what a COPY of the TSV loads.
/// </summary>
[Collection(SmallCorpusCollection.Name)]
public sealed class CorpusRoundTripTests(SmallCorpus corpus)
{
    [Fact]
    public async Task Every_dump_file_reads_as_daily_papers_with_no_rejections_and_the_fields_of_its_tsv_rows()
    {
        var records = new List<PaperRecord>();
        foreach (var path in corpus.Manifest.DumpPaths(corpus.Folder))
        {
            var dump = await Fixture.Reader().ReadFileAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(DumpFormat.DailyPapers, dump.Format);
            Assert.Empty(dump.Rejections);
            records.AddRange(dump.Records);
        }

        Assert.Equal(SmallCorpus.Papers, records.Count);
        Assert.Equal(SmallCorpus.Papers, corpus.Rows.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var (record, row) = (records[i], corpus.Rows[i]);
            Assert.Equal(
                (row.Title, row.Abstract, (DateOnly?)row.PublishedOn, false, row.Upvotes, row.AuthorCount, row.Organization),
                (record.Title, record.Abstract, record.PublishedOn, record.PublishedYearInferred, record.Upvotes ?? -1, record.AuthorCount, record.Organization));
        }
    }

    [Fact]
    public void The_manifest_lists_the_files_in_order_with_their_real_sizes()
    {
        var manifest = corpus.Manifest;
        Assert.Equal(["corpus-00000.txt", "corpus-00001.txt", "corpus-00002.txt"], manifest.Files.Select(static f => f.Name));
        Assert.Equal([0, 1000, 2000], manifest.Files.Select(static f => f.FirstPaper));
        Assert.All(manifest.Files, f => Assert.Equal(new FileInfo(Path.Combine(corpus.Folder, f.Name)).Length, f.Bytes));
        Assert.Equal(manifest.Files.Sum(static f => f.Bytes), manifest.DumpBytes);
        Assert.Equal(new FileInfo(manifest.TsvPath(corpus.Folder)).Length, manifest.TsvBytes);
        Assert.Equal(corpus.Rows.Sum(static r => (long)Encoding.UTF8.GetByteCount(r.Title) + Encoding.UTF8.GetByteCount(r.Abstract)), manifest.RawTextBytes);
        Assert.Equal(["title", "abstract", "published_on", "upvotes", "author_count", "organization", "tags"], manifest.Columns);
    }

    [Fact]
    public async Task The_manifest_reads_back_as_written()
    {
        var read = await CorpusManifest.ReadAsync(corpus.Folder, TestContext.Current.CancellationToken);

        Assert.Equal((corpus.Manifest.Papers, corpus.Manifest.Seed, corpus.Manifest.TsvBytes), (read.Papers, read.Seed, read.TsvBytes));
        Assert.Equal(corpus.Manifest.Files, read.Files);
        Assert.Equal(corpus.Manifest.ProbeTerms, read.ProbeTerms);
    }

    [Fact]
    public void Titles_are_unique_under_the_importers_title_key() =>
        Assert.Equal(corpus.Rows.Count, corpus.Rows.Select(static r => PaperKeys.ForTitle(r.Title)).Distinct().Count());

    [Fact]
    public void Papers_have_dates_from_2018_to_2025_skewed_upvotes_and_a_byline()
    {
        var rows = corpus.Rows;
        Assert.All(rows, static r => Assert.InRange(r.PublishedOn.Year, 2018, 2025));
        Assert.Equal(8, rows.Select(static r => r.PublishedOn.Year).Distinct().Count());
        Assert.All(rows, static r => Assert.True(r.AuthorCount is null != r.Organization is null, "Either authors or an organization."));
        Assert.InRange(rows.Count(static r => r.Organization is not null), 100, 400);
        Assert.InRange(rows.Count(static r => r.Upvotes <= 20), 2500, 2950);
        Assert.Contains(rows, static r => r.Upvotes >= 100);
        Assert.All(rows, static r => Assert.EndsWith(".", r.Abstract));
    }
}
