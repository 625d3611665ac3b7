using PaperCatalog.Domain.Papers;
using PaperCatalog.Importing;

namespace PaperCatalog.UnitTests.Importing;

public sealed class RecordMergerTests
{
    private const string Abstract = "We distill a large teacher into a small student and keep most of its accuracy on every benchmark.";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Records_with_the_same_normalized_title_are_one_paper()
    {
        var merger = new RecordMerger(Now);

        var first = merger.Merge(Record("Tiny Students: Distilling Teachers", Abstract));
        var second = merger.Merge(Record("tiny students — distilling teachers", Abstract) with { AuthorCount = 3 });

        Assert.Same(first, second);
        Assert.Single(merger.Added);
        Assert.Equal(3, first.AuthorCount);
    }

    [Fact]
    public void An_untitled_record_merges_into_the_titled_paper_with_the_same_abstract()
    {
        var merger = new RecordMerger(Now);
        var titled = merger.Merge(Record("Tiny Students", Abstract));

        Assert.Same(titled, merger.Merge(Record(null, Abstract)));
        Assert.Equal("Tiny Students", titled.Title);
    }

    [Fact]
    public void A_titled_record_gives_its_title_to_an_existing_untitled_paper()
    {
        var untitled = Paper.Create(Record(null, Abstract), Now);
        var merger = new RecordMerger(Now);
        merger.Track(untitled);

        var merged = merger.Merge(Record("Tiny Students", Abstract));

        Assert.Same(untitled, merged);
        Assert.Equal("Tiny Students", merged.Title);
        Assert.Equal(PaperField.Title, Assert.Single(merger.Updated[merged]).Field);
        Assert.Empty(merger.Added);
    }

    [Fact]
    public void Two_titled_papers_with_the_same_abstract_stay_two_papers()
    {
        var merger = new RecordMerger(Now);

        merger.Merge(Record("Tiny Students", Abstract));
        merger.Merge(Record("Tiny Students, Extended Version", Abstract));

        Assert.Equal(2, merger.Added.Count);
    }

    [Fact]
    public void Existing_papers_are_counted_as_updated_or_unchanged_once_each()
    {
        var changed = Paper.Create(Record("Changed Paper", Abstract), Now);
        var same = Paper.Create(Record("Same Paper", "Another abstract about transfer learning between many tasks."), Now);
        var merger = new RecordMerger(Now);
        merger.Track(changed);
        merger.Track(same);

        merger.Merge(Record("Changed Paper", Abstract) with { Upvotes = 5 });
        merger.Merge(Record("Changed Paper", Abstract) with { Upvotes = 7 });
        merger.Merge(Record("Same Paper", "Another abstract about transfer learning between many tasks."));

        var upvotes = Assert.Single(merger.Updated[changed]);
        Assert.Equal(("0", "7"), (upvotes.Before, upvotes.After));
        Assert.Equal(1, merger.Unchanged);
    }

    private static PaperRecord Record(string? title, string abstractText) => new(title, abstractText, null, false, null, null, null, 1);
}
