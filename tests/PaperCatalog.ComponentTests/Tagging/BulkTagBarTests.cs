using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using PaperCatalog.Data.Search;
using PaperCatalog.Web.Components.Shared;
using PaperCatalog.Web.Features.Tagging;
using PaperCatalog.Web.Features.Tags;

namespace PaperCatalog.ComponentTests.Tagging;

/// <summary>
/// The bulk bar asks once more before it changes a view's papers, and forgets the question when the tag or the view
/// changes; a view too large to tag at once says so instead of offering it.
/// </summary>
/// <remarks>
/// The bar's handlers are registered without a database: none of these states reaches them, and one that did would
/// fail on the missing connection instead of passing. Applying for real is <c>EditorTaggingTests</c>' part (E2E).
/// </remarks>
public sealed class BulkTagBarTests : MudComponentTest
{
    private static readonly IReadOnlyList<TagName> Tags =
    [
        new("distillation", "Knowledge distillation", "Teacher to student."),
        new("continual-learning", "Continual learning", "Learning without forgetting."),
    ];

    private static readonly PaperSearchCriteria View = new() { Query = "distillation" };

    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public BulkTagBarTests()
    {
        Services.AddSingleton(new PaperSearch(null!));
        Services.AddSingleton(new DecidePaperTags(null!, null!, null!, TimeProvider.System));
        Services.AddSingleton(new ChangeAttempts(NullLogger<ChangeAttempts>.Instance));
        _popovers = RenderPopoverProvider();
    }

    [Fact]
    public void Nothing_is_asked_before_a_tag_is_chosen()
    {
        var cut = RenderBar(total: 42);

        Assert.True(cut.Find("#bulk-add").HasAttribute("disabled"));
        Assert.True(cut.Find("#bulk-remove").HasAttribute("disabled"));
        Assert.Contains("Tag all 42 papers of this view", cut.Markup);
    }

    [Fact]
    public void One_paper_is_named_as_one_not_as_all_1_papers()
    {
        var cut = RenderBar(total: 1);
        Choose(cut, "Continual learning");

        cut.Find("#bulk-add").Click();

        Assert.Contains("Tag the one paper of this view", cut.Markup);
        Assert.Equal("Add Continual learning to the one paper?", Normalized(cut.Find("#bulk-confirmation p").TextContent));
    }

    [Fact]
    public void Removing_asks_once_more_naming_the_tag_and_the_number_of_papers_and_cancel_drops_the_question()
    {
        var cut = RenderBar(total: 1234);
        Choose(cut, "Continual learning");

        cut.Find("#bulk-remove").Click();

        Assert.Equal("Remove Continual learning from all 1,234 papers?", Normalized(cut.Find("#bulk-confirmation p").TextContent));
        cut.Find("#bulk-cancel").Click();
        Assert.Empty(cut.FindAll("#bulk-confirmation"));
    }

    [Fact]
    public void Choosing_another_tag_drops_the_question_asked_about_the_first()
    {
        var cut = RenderBar(total: 1);
        Choose(cut, "Knowledge distillation");
        cut.Find("#bulk-add").Click();
        Assert.Equal("Add Knowledge distillation to the one paper?", Normalized(cut.Find("#bulk-confirmation p").TextContent));

        Choose(cut, "Continual learning");

        Assert.Empty(cut.FindAll("#bulk-confirmation"));
    }

    [Fact]
    public void Another_view_drops_the_question_and_the_same_view_keeps_it()
    {
        var cut = RenderBar(total: 7);
        Choose(cut, "Knowledge distillation");
        cut.Find("#bulk-add").Click();

        cut.Render(p => p.Add(b => b.Criteria, View with { Page = 2 }));
        Assert.Single(cut.FindAll("#bulk-confirmation"));

        cut.Render(p => p.Add(b => b.Criteria, View with { Query = "distillation survey" }));
        Assert.Empty(cut.FindAll("#bulk-confirmation"));
    }

    [Theory]
    [InlineData(10_001, false)]
    [InlineData(10_000, true)]
    public void A_view_over_the_limit_says_to_narrow_it_and_offers_nothing(int total, bool capped)
    {
        var cut = RenderBar(total, capped);
        Choose(cut, "Knowledge distillation");

        Assert.Equal("More than 10,000 papers match: narrow the view to tag them all at once.", cut.Find("#bulk-too-many").TextContent);
        Assert.DoesNotContain("Tag all", cut.Markup);
        Assert.True(cut.Find("#bulk-add").HasAttribute("disabled"));
        Assert.True(cut.Find("#bulk-remove").HasAttribute("disabled"));
    }

    [Fact]
    public void A_view_of_exactly_the_limit_can_be_tagged()
    {
        var cut = RenderBar(total: 10_000);
        Choose(cut, "Knowledge distillation");

        Assert.Empty(cut.FindAll("#bulk-too-many"));
        Assert.False(cut.Find("#bulk-add").HasAttribute("disabled"));
    }

    private IRenderedComponent<BulkTagBar> RenderBar(int total, bool capped = false) => Render<BulkTagBar>(p => p
        .Add(b => b.Criteria, View)
        .Add(b => b.Total, total)
        .Add(b => b.TotalIsCapped, capped)
        .Add(b => b.Tags, Tags));

    private void Choose(IRenderedComponent<BulkTagBar> bar, string tagName)
    {
        bar.FindComponent<MudSelect<string>>().Find("div.mud-input-control").MouseDown();
        _popovers.WaitForElement(".mud-popover-open .mud-list-item");
        _popovers.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Contains(tagName, StringComparison.Ordinal)).Click();

        // The select sets its value, then closes, asynchronously: a click before that completes had its question
        // dropped by the choice arriving after it (once in CI).
        _popovers.WaitForAssertion(() => Assert.Empty(_popovers.FindAll(".mud-popover-open")));
    }

    private static string Normalized(string text) => string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
