using PaperCatalog.Domain.Papers;

namespace PaperCatalog.UnitTests.Domain;

public sealed class PaperMergeRulesTests
{
    private const string Abstract = "We distill a large teacher into a small student and keep most of its accuracy on every benchmark.";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_richer_record_fills_missing_fields_and_says_which()
    {
        var paper = Paper.Create(Record("Tiny Students", Abstract), Now);

        var changes = paper.MergeFrom(Record("Tiny Students", Abstract) with { PublishedOn = new DateOnly(2023, 5, 5), AuthorCount = 4, Upvotes = 3 }, Now);

        Assert.Equal([PaperField.PublishedOn, PaperField.AuthorCount, PaperField.Upvotes], changes.Select(c => c.Field));
        Assert.Equal((new DateOnly(2023, 5, 5), 4, 3), (paper.PublishedOn!.Value, paper.AuthorCount!.Value, paper.Upvotes));
    }

    [Fact]
    public void A_poorer_record_never_drops_data()
    {
        var paper = Paper.Create(Record("Tiny Students", Abstract) with { PublishedOn = new DateOnly(2023, 5, 5), AuthorCount = 4, Organization = "Tencent", Upvotes = 9 }, Now);

        var changes = paper.MergeFrom(Record("Tiny Students", Abstract) with { Upvotes = 2 }, Now);

        Assert.Empty(changes);
        Assert.Equal((new DateOnly(2023, 5, 5), 4, "Tencent", 9), (paper.PublishedOn!.Value, paper.AuthorCount!.Value, paper.Organization, paper.Upvotes));
    }

    [Fact]
    public void A_real_title_replaces_a_derived_one()
    {
        var paper = Paper.Create(Record(null, Abstract), Now);
        Assert.True(paper.TitleIsDerived);

        var changes = paper.MergeFrom(Record("Tiny Students", Abstract), Now);

        Assert.Equal(PaperField.Title, Assert.Single(changes).Field);
        Assert.Equal(("Tiny Students", false, PaperKeys.ForTitle("Tiny Students")), (paper.Title, paper.TitleIsDerived, paper.TitleKey));
    }

    [Fact]
    public void An_explicit_date_replaces_an_inferred_one_but_not_the_other_way_round()
    {
        var paper = Paper.Create(Record("Tiny Students", Abstract) with { PublishedOn = new DateOnly(2025, 10, 22), PublishedYearInferred = true }, Now);

        paper.MergeFrom(Record("Tiny Students", Abstract) with { PublishedOn = new DateOnly(2024, 10, 22) }, Now);
        var later = paper.MergeFrom(Record("Tiny Students", Abstract) with { PublishedOn = new DateOnly(2025, 10, 22), PublishedYearInferred = true }, Now);

        Assert.Empty(later);
        Assert.Equal((new DateOnly(2024, 10, 22), false), (paper.PublishedOn!.Value, paper.PublishedYearInferred));
    }

    [Fact]
    public void A_changed_abstract_updates_the_paper_but_a_cut_off_copy_does_not()
    {
        var paper = Paper.Create(Record("Tiny Students", Abstract), Now);

        var cutOff = paper.MergeFrom(Record("Tiny Students", Abstract[..40]), Now);
        var changed = paper.MergeFrom(Record("Tiny Students", Abstract + " Code is released."), Now);

        Assert.Empty(cutOff);
        Assert.Equal(PaperField.Abstract, Assert.Single(changed).Field);
        Assert.Equal(Abstract + " Code is released.", paper.Abstract);
    }

    [Fact]
    public void A_merge_that_changes_nothing_leaves_the_update_time_alone()
    {
        var paper = Paper.Create(Record("Tiny Students", Abstract), Now);

        paper.MergeFrom(Record("Tiny Students", Abstract), Now.AddDays(1));

        Assert.Equal(Now, paper.UpdatedAt);
    }

    private static PaperRecord Record(string? title, string abstractText) => new(title, abstractText, null, false, null, null, null, 1);
}
