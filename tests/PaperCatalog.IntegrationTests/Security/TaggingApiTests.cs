using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Testing;
using PaperCatalog.Web.Features.Admin.Imports;
using PaperCatalog.Web.Features.Tagging;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>Tagging through the API: an editor's decisions, their history, and the writes it refuses.</summary>
public sealed class TaggingApiTests(PostgresServer server) : IAsyncLifetime
{
    private const string Editor = "editor@example.org";
    private static readonly byte[] TwoPapers = Encoding.UTF8.GetBytes(
        "Get trending papers in your email inbox!\nSubscribeZebra Routing: A Mixture of Experts for Striped Data\n" +
        "We route striped inputs to sparse experts and show that a mixture-of-experts layer beats dense baselines on every zebra benchmark.\n" +
        "Quokka Distillation for Tiny Students\nWe distill a large teacher into a tiny student network with knowledge distillation and keep its accuracy.\n");

    private SecureCatalog _app = default!;
    private long _zebra;
    private long _quokka;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = new SecureCatalog(await server.CreateDatabaseAsync());
        await _app.CreateUserAsync(Editor, CatalogRoles.Editor);
        await _app.CreateUserAsync("reader@example.org", null);
        await SecureCatalog.ImportAsync(await _app.SignedInAsync(SecureCatalog.AdminEmail), ("two.txt", TwoPapers));
        await using var db = Db();
        _zebra = await db.Papers.Where(p => p.Title.StartsWith("Zebra")).Select(p => p.Id).SingleAsync(Cancellation);
        _quokka = await db.Papers.Where(p => p.Title.StartsWith("Quokka")).Select(p => p.Id).SingleAsync(Cancellation);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_editor_applies_and_removes_a_tag_and_the_paper_history_shows_both_to_anyone()
    {
        var editor = await _app.SignedInAsync(Editor);
        var path = $"/api/papers/{_zebra}/tags/transfer-learning";

        var applied = await DecisionAsync(await SecureCatalog.SendAsync(editor, HttpMethod.Put, path + "?note=read%20it"));
        Assert.Equal(new TagDecisionResponse("transfer-learning", true, 1, 1), applied);
        Assert.Equal((TagSource.Manual, false, Editor), await TagRowAsync(_zebra, "transfer-learning"));
        Assert.Equal(0, (await DecisionAsync(await SecureCatalog.SendAsync(editor, HttpMethod.Put, path))).Changed);

        Assert.Equal(1, (await DecisionAsync(await SecureCatalog.SendAsync(editor, HttpMethod.Delete, path))).Changed);
        Assert.Equal((TagSource.Manual, true, Editor), await TagRowAsync(_zebra, "transfer-learning"));

        var history = await _app.Anonymous().GetFromJsonAsync<List<TagHistoryItem>>($"/api/papers/{_zebra}/tags/history", Cancellation);
        Assert.Equal(
            [("transfer-learning", "Removed", Editor, "api"), ("transfer-learning", "Added", Editor, "api: read it")],
            history!.Select(h => (h.Tag, h.Kind, h.ChangedBy, h.Note)));
        Assert.Equal(["tag.rejected", "tag.applied", "tag.applied"], await AuditActionsAsync());
    }

    [Fact]
    public async Task A_bulk_decision_naming_a_paper_the_catalog_lacks_changes_nothing_and_names_it()
    {
        var editor = await _app.SignedInAsync(Editor);

        var refused = await SecureCatalog.SendAsync(editor, HttpMethod.Post, "/api/tags/continual-learning/decisions",
            JsonContent.Create(new TagDecisionRequest([_zebra, _quokka, 987_654], true, null)));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("no paper 987654; nothing was changed", await refused.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(0, await ManualRowCountAsync());

        var decided = await DecisionAsync(await SecureCatalog.SendAsync(editor, HttpMethod.Post, "/api/tags/continual-learning/decisions",
            JsonContent.Create(new TagDecisionRequest([_zebra, _quokka, _zebra], true, new string('n', PaperTagEndpoints.MaxNoteLength)))));

        Assert.Equal(new TagDecisionResponse("continual-learning", true, 2, 2), decided);
        await using var db = Db();
        Assert.Equal(["api: " + new string('n', PaperTagEndpoints.MaxNoteLength)], await db.PaperTagChanges.Select(c => c.Note!).Distinct().ToListAsync(Cancellation));
    }

    [Fact]
    public async Task A_note_longer_than_the_history_keeps_is_cut_to_fit_without_splitting_a_character()
    {
        // The bulk bar's note names its view, whose search alone may be 500 characters; an emoji is two UTF-16 units.
        var note = "bulk: q=" + string.Concat(Enumerable.Repeat("🦓", 300));
        await using var scope = _app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CatalogUser>>();
        var editor = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByEmailAsync(Editor))!);
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(editor)));

        var decision = await scope.ServiceProvider.GetRequiredService<DecidePaperTags>().DecideAsync([_zebra], "transfer-learning", true, note);

        Assert.Equal(new TagDecision(1, null), decision);
        await using var db = Db();
        var kept = await db.PaperTagChanges.Select(c => c.Note!).SingleAsync(Cancellation);
        Assert.Equal(PaperTagChange.MaxNoteLength - 1, kept.Length);
        Assert.Equal(note[..(PaperTagChange.MaxNoteLength - 2)] + "…", kept);
    }

    [Fact]
    public async Task Writes_without_a_token_or_a_role_or_with_unknown_names_are_refused_and_change_nothing()
    {
        var editor = await _app.SignedInAsync(Editor);
        var path = $"/api/papers/{_zebra}/tags/transfer-learning";

        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Anonymous().PutAsync(path, null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.SignedInAsync("reader@example.org")).PutAsync(path, null, Cancellation)).StatusCode);
        var untokened = await editor.PutAsync(path, null, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, untokened.StatusCode);
        Assert.Contains("antiforgery", await untokened.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.DeleteAsync(path, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostAsJsonAsync("/api/tags/transfer-learning/decisions", new TagDecisionRequest([_zebra], true, null), Cancellation)).StatusCode);
        var withoutApplied = await SecureCatalog.SendAsync(editor, HttpMethod.Post, "/api/tags/transfer-learning/decisions",
            new StringContent($"{{\"paperIds\":[{_zebra}],\"apply\":true}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, withoutApplied.StatusCode);
        Assert.Contains("\"applied\"", await withoutApplied.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await SecureCatalog.SendAsync(editor, HttpMethod.Put, $"/api/papers/{_zebra}/tags/no-such-tag")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SecureCatalog.SendAsync(editor, HttpMethod.Put, "/api/papers/987654/tags/transfer-learning")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SecureCatalog.SendAsync(editor, HttpMethod.Put, $"{path}?note={new string('n', PaperTagEndpoints.MaxNoteLength + 1)}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SecureCatalog.SendAsync(editor, HttpMethod.Post, "/api/tags/transfer-learning/decisions",
            JsonContent.Create(new TagDecisionRequest([], true, null)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync("/api/papers/987654/tags/history", Cancellation)).StatusCode);

        Assert.Equal(0, await ManualRowCountAsync());
        Assert.Empty(await AuditActionsAsync());
    }

    [Fact]
    public async Task An_admin_write_without_its_token_is_refused_and_the_same_write_with_it_goes_through()
    {
        var admin = await _app.SignedInAsync(SecureCatalog.AdminEmail);
        var upload = await SecureCatalog.UploadAsync(admin, ("again.txt", TwoPapers));
        var dryRun = await SecureCatalog.WaitForAsync(admin, (await upload.Content.ReadFromJsonAsync<ImportJobResponse>(Cancellation))!.Id);

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync($"/api/admin/imports/jobs/{dryRun.Id}/cancel", null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SecureCatalog.PostAsync(admin, $"/api/admin/imports/jobs/{dryRun.Id}/cancel")).StatusCode);
    }

    private CatalogDbContext Db() => new(CatalogDbContextOptions.For(_app.ConnectionString));

    private static async Task<TagDecisionResponse> DecisionAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TagDecisionResponse>(Cancellation))!;
    }

    private async Task<(TagSource, bool, string?)> TagRowAsync(long paperId, string slug)
    {
        await using var db = Db();
        var row = await db.PaperTags.SingleAsync(t => t.PaperId == paperId && t.Tag!.Slug == slug, Cancellation);
        return (row.Source, row.IsRejected, row.DecidedBy);
    }

    private async Task<int> ManualRowCountAsync()
    {
        await using var db = Db();
        return await db.PaperTags.CountAsync(t => t.Source == TagSource.Manual, Cancellation);
    }

    private async Task<List<string>> AuditActionsAsync()
    {
        await using var db = Db();
        return await db.AuditLog.Where(e => e.Action.StartsWith("tag.")).OrderByDescending(e => e.Id).Select(e => e.Action).ToListAsync(Cancellation);
    }
}
