using Bunit;
using PaperCatalog.Web.Features.Papers;

namespace PaperCatalog.ComponentTests.Papers;

/// <summary>The line under a title: date, whether its year was inferred, authors or organization, upvotes.</summary>
public sealed class PaperMetaTests : MudComponentTest
{
    [Fact]
    public void An_inferred_year_is_marked_and_an_explicit_one_is_not()
    {
        var inferred = Render<PaperMeta>(p => p.Add(m => m.PublishedOn, new DateOnly(2025, 9, 26)).Add(m => m.YearInferred, true));
        var explicitYear = Render<PaperMeta>(p => p.Add(m => m.PublishedOn, new DateOnly(2023, 6, 20)));

        Assert.Contains("Sep 26, 2025", inferred.Find(".paper-meta").TextContent, StringComparison.Ordinal);
        Assert.Contains("year inferred", inferred.Find(".inferred").TextContent, StringComparison.Ordinal);
        Assert.Contains("Jun 20, 2023", explicitYear.Find(".paper-meta").TextContent, StringComparison.Ordinal);
        Assert.Empty(explicitYear.FindAll(".inferred"));
    }

    [Fact]
    public void A_paper_without_a_date_is_undated()
    {
        var cut = Render<PaperMeta>(p => p.Add(m => m.YearInferred, true));

        Assert.Contains("Undated", cut.Find(".paper-meta").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".inferred"));
    }

    [Fact]
    public void An_organization_is_shown_instead_of_the_author_count()
    {
        var cut = Render<PaperMeta>(p => p.Add(m => m.Organization, "Tencent").Add(m => m.AuthorCount, 5));

        var text = cut.Find(".paper-meta").TextContent;
        Assert.Contains("Tencent", text, StringComparison.Ordinal);
        Assert.DoesNotContain("author", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "1 author")]
    [InlineData(2, "2 authors")]
    [InlineData(11, "11 authors")]
    [InlineData(null, "authors unknown")]
    public void The_author_count_is_singular_or_plural(int? authors, string expected)
    {
        var cut = Render<PaperMeta>(p => p.Add(m => m.AuthorCount, authors));

        Assert.Contains(expected, Spans(cut));
    }

    [Theory]
    [InlineData(0, "0 upvotes")]
    [InlineData(1, "1 upvote")]
    [InlineData(4, "4 upvotes")]
    public void Upvotes_are_singular_or_plural(int upvotes, string expected)
    {
        var cut = Render<PaperMeta>(p => p.Add(m => m.Upvotes, upvotes));

        Assert.Contains(expected, Spans(cut));
    }

    private static List<string> Spans(IRenderedComponent<PaperMeta> cut) => cut.FindAll("span").Select(static s => s.TextContent.Trim()).ToList();
}
