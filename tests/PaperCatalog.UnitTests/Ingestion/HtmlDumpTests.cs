using PaperCatalog.Domain.Papers;
using PaperCatalog.Ingestion;

namespace PaperCatalog.UnitTests.Ingestion;

public sealed class HtmlDumpTests
{
    [Fact]
    public void A_saved_daily_papers_page_reads_like_its_copied_text()
    {
        var dump = Fixture.Read("daily-papers.html");

        Assert.True(dump.IsHtml);
        Assert.Equal(DumpFormat.DailyPapers, dump.Format);
        Assert.Equal("DailyPapers (HTML)", dump.FormatName);
        Assert.Empty(dump.Rejections);
        Assert.Equal(
            [
                new PaperRecord(
                    "Structure-CLIP: Towards Scene Graph Knowledge to Enhance Multi-modal Structured Representations",
                    "Large-scale vision-language pre-training has achieved significant performance in multi-modal understanding and generation tasks, yet it struggles with structured representations.",
                    new DateOnly(2023, 5, 5), false, 11, null, null, 21),
                new PaperRecord(
                    "Learn the Ropes, Then Trust the Wins: Self\u2011imitation with Progressive Exploration",
                    "Reinforcement learning is the dominant paradigm for sharpening strategic tool use capabilities of LLMs on long-horizon, sparsely-rewarded agent tasks.",
                    new DateOnly(2024, 9, 26), true, null, "Tencent", 4, 28),
                new PaperRecord(
                    "Fast & Slow Transfer: Knowledge Transfer Across Languages",
                    "We study cross-lingual transfer for question answering & show that a fast adapter and a slow backbone together transfer knowledge from English to forty languages.",
                    null, false, null, null, null, 36),
            ],
            dump.Records);
    }

    [Fact]
    public void Scripts_styles_hidden_elements_and_footers_are_not_read()
    {
        var dump = Fixture.Read("daily-papers.html");

        var allText = string.Join(" ", dump.Records.Select(r => r.Title + " " + r.Abstract));
        Assert.DoesNotContain("Not a paper", allText, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden promotional text", allText, StringComparison.Ordinal);
        Assert.DoesNotContain("System theme", allText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deeply_nested_document_reads_without_overflowing_the_stack()
    {
        var depth = 50_000;
        var html = "<!DOCTYPE html><html><body><p>Get trending papers in your email inbox!</p>" + string.Concat(Enumerable.Repeat("<span>", depth)) +
            "Deep Title" + string.Concat(Enumerable.Repeat("</span>", depth)) +
            "<p>An abstract that is long enough to read as prose, about distillation and transfer between models of many sizes.</p></body></html>";

        var dump = Fixture.ReadText(html, "deep.html");

        Assert.Equal("Deep Title", Assert.Single(dump.Records).Title);
    }

    [Fact]
    public async Task A_page_that_takes_longer_than_its_budget_is_refused()
    {
        var rows = string.Concat(Enumerable.Range(0, 200_000).Select(i => $"<div>Title {i}</div><p>Abstract {i} is long enough to read as prose about many models and methods.</p>"));
        var reader = new DumpReader(new DumpReadOptions { HtmlTimeBudget = TimeSpan.FromMilliseconds(1) });

        var refused = await Assert.ThrowsAsync<DumpFileException>(() => reader.ReadAsync("slow.html", System.Text.Encoding.UTF8.GetBytes("<html><body>" + rows + "</body></html>"), TestContext.Current.CancellationToken));

        Assert.Equal("the HTML page took longer than 0.001 s to read and was refused", refused.Reason);
    }
}
