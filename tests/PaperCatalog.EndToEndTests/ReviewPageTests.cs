using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using PaperCatalog.Testing;
using static Microsoft.Playwright.Assertions;

namespace PaperCatalog.EndToEndTests;

/// <summary>An editor working through the review page with the keyboard, and taking decisions back.</summary>
public sealed class ReviewPageTests(PostgresServer server, BrowserFixture browser) : EditorCatalogTest(server, browser, "reviewer@example.org")
{
    [Fact]
    public async Task The_review_page_confirms_and_rejects_with_the_keyboard()
    {
        var (page, paperId, tag) = await ReviewingAsync();
        await page.Keyboard.PressAsync("c");
        await Expect(page.Locator("#review-message")).ToContainTextAsync("Confirmed");
        await Expect(page.Locator($".review-item[data-paper-id='{paperId}'][data-tag='{tag}']")).ToHaveCountAsync(0);

        var next = await page.Locator(".review-item.current").GetAttributeAsync("data-paper-id");
        await page.Keyboard.PressAsync("r");
        await Expect(page.Locator("#review-message")).ToContainTextAsync("Rejected");
        await page.ScreenshotAsync("review-page");

        // Working down the list keeps the tag in focus on screen.
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("j");
        }

        await Expect(page.Locator(".review-item").Nth(12)).ToHaveClassAsync(new Regex(@"\bcurrent\b"));
        await Expect(page.Locator(".review-item.current")).ToBeInViewportAsync(new() { Ratio = 1 });

        // Back up the list, the window scrolls up with it, and the tag in focus stops below the fixed app bar.
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("k");
        }

        await Expect(page.Locator(".review-item").Nth(6)).ToHaveClassAsync(new Regex(@"\bcurrent\b"));
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.querySelector('.review-item.current').getBoundingClientRect().top >= document.querySelector('.mud-appbar').getBoundingClientRect().bottom"),
            "The tag in focus is under the app bar.");
        await page.ScreenshotAsync("review-page-back-up", fullPage: false);

        await page.GotoAsync($"/papers/{next}");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#tag-history")).ToContainTextAsync("removed");
    }

    [Fact]
    public async Task A_decision_taken_back_puts_the_automatic_tag_back_as_it_was_and_in_focus()
    {
        var (page, paperId, tag) = await ReviewingAsync();
        var listed = page.Locator($".review-item[data-paper-id='{paperId}'][data-tag='{tag}']");
        var before = await TagRowAsync(paperId, tag);
        Assert.StartsWith("Automatic|false|", before);

        await page.Keyboard.PressAsync("r");
        await Expect(listed).ToHaveCountAsync(0);
        Assert.StartsWith("Manual|true|1|", await TagRowAsync(paperId, tag));

        await page.Keyboard.PressAsync("u");
        await Expect(page.Locator("#review-message")).ToContainTextAsync("waits for review again");
        await Expect(listed).ToHaveClassAsync(new Regex(@"\bcurrent\b"));
        Assert.Equal(before, await TagRowAsync(paperId, tag));
        await page.ScreenshotAsync("review-undo");

        // The same with the button after a confirm; the list keeps the keyboard afterwards.
        await page.Keyboard.PressAsync("c");
        await Expect(listed).ToHaveCountAsync(0);
        await page.ScreenshotAsync("review-undo-offered", fullPage: false);
        await page.Locator("#review-undo").ClickAsync();
        await Expect(listed).ToHaveClassAsync(new Regex(@"\bcurrent\b"));
        Assert.Equal(before, await TagRowAsync(paperId, tag));
        await page.Keyboard.PressAsync("c");
        await Expect(listed).ToHaveCountAsync(0);

        await page.GotoAsync($"/papers/{paperId}");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#tag-history")).ToContainTextAsync("reopened");
        await Expect(page.Locator("#tag-history")).ToContainTextAsync("rejection taken back");
        await Expect(page.Locator("#tag-history")).ToContainTextAsync("confirmation taken back");
    }

    // Meanwhile another editor, on the paper page, puts the tag back on, or rejects it too (their decision now).
    [Theory]
    [InlineData("is_rejected = false, decided_by = 'other@example.org'")]
    [InlineData("decided_by = 'other@example.org'")]
    public async Task An_undo_leaves_a_decision_someone_made_since_and_says_so(string theirDecision)
    {
        var (page, paperId, tag) = await ReviewingAsync();

        await page.Keyboard.PressAsync("r");
        await Expect(page.Locator($".review-item[data-paper-id='{paperId}'][data-tag='{tag}']")).ToHaveCountAsync(0);
        await CatalogSql.ExecuteAsync(App.ConnectionString, $"UPDATE paper_tags SET {theirDecision} WHERE paper_id = {paperId} AND tag_id = (SELECT id FROM tags WHERE slug = '{tag}')");
        var theirs = await TagRowAsync(paperId, tag);
        await page.Keyboard.PressAsync("u");

        await Expect(page.Locator("#review-message")).ToContainTextAsync("was changed after your decision, so it was left as it is");
        Assert.Equal(theirs, await TagRowAsync(paperId, tag));
        Assert.Contains("|other@example.org|", theirs);
    }

    // An admin changed the tag's rules between the decision and its undo (here in SQL, with no re-tagging): the undo
    // scores the paper with the rules as they are now, not with the score listed before.
    [Theory]
    [InlineData("UPDATE tag_rules SET weight = weight * 1.5 WHERE tag_id = {0} AND weight > 0", true)]
    [InlineData("DELETE FROM tag_rules WHERE tag_id = {0}", false)]
    public async Task An_undo_lets_the_rules_as_they_are_now_score_the_tag(string ruleChange, bool stillTagged)
    {
        var (page, paperId, tag) = await ReviewingAsync();
        var before = await TagRowAsync(paperId, tag);

        await page.Keyboard.PressAsync("r");
        await Expect(page.Locator($".review-item[data-paper-id='{paperId}'][data-tag='{tag}']")).ToHaveCountAsync(0);
        var tagId = await CatalogSql.ScalarAsync(App.ConnectionString, $"SELECT id FROM tags WHERE slug = '{tag}'");
        await CatalogSql.ExecuteAsync(App.ConnectionString, string.Format(CultureInfo.InvariantCulture, ruleChange, tagId));
        await page.Keyboard.PressAsync("u");

        await Expect(page.Locator("#review-message")).ToContainTextAsync("Undone");
        var after = await TagRowAsync(paperId, tag);
        var carried = await CatalogSql.ScalarAsync(App.ConnectionString, $"SELECT count(*) FROM papers WHERE id = {paperId} AND {tagId} = ANY(tag_ids)");
        if (stillTagged)
        {
            Assert.StartsWith("Automatic|false|", after);
            Assert.True(Confidence(after) > Confidence(before), $"Scored with the old rules: {after} against {before}.");
            Assert.Equal(1, carried);
        }
        else
        {
            await Expect(page.Locator("#review-message")).ToContainTextAsync("the rules as they are now do not tag");
            await page.ScreenshotAsync("review-undo-rules-gone", fullPage: false);
            Assert.Null(after);
            Assert.Equal(0, carried);
        }
    }

    private static double Confidence(string? tagRow) => double.Parse(tagRow!.Split('|')[2], CultureInfo.InvariantCulture);

    // Source, rejected, confidence, evidence and editor of the tag row (null without one), and whether the paper's row carries the tag.
    private async Task<string?> TagRowAsync(string paperId, string tag)
    {
        await using var connection = await CatalogSql.OpenAsync(App.ConnectionString);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT concat_ws('|', pt.source, pt.is_rejected::text, pt.confidence::text, md5(coalesce(pt.evidence, '')), coalesce(pt.decided_by, '-'), (pt.tag_id = ANY(p.tag_ids))::text)
            FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id JOIN papers p ON p.id = pt.paper_id
            WHERE pt.paper_id = {long.Parse(paperId, CultureInfo.InvariantCulture)} AND t.slug = '{tag}'
            """,
            connection);
        return (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
