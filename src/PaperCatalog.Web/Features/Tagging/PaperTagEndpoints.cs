using Microsoft.AspNetCore.Http.HttpResults;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>
/// Tagging as an API: the same decisions as the paper page and the bulk bar (<see cref="DecidePaperTags"/>), for
/// editors and admins signed in with the cookie, each write with an antiforgery token (<see cref="ApiRequests"/>).
/// </summary>
public static class PaperTagEndpoints
{
    public static IEndpointRouteBuilder MapPaperTagEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/papers/{id:long}/tags/history", HistoryAsync)
            .WithTags("Tagging")
            .WithName("GetTagHistory")
            .WithSummary("Who changed which of the paper's tags, when and how, newest first.");

        var editors = app.MapGroup("/api").RequireAuthorization(AccountSetup.EditorPolicy).RequireAntiforgeryToken().ActAsRequestUser().WithTags("Tagging");
        editors.MapAntiforgeryToken();
        editors.MapPut("/papers/{id:long}/tags/{slug}", (long id, string slug, string? note, DecidePaperTags decide) => DecideAsync(decide, [id], slug, true, note))
            .WithName("ApplyTag")
            .WithSummary("Applies the tag to the paper as an editor's decision, which re-imports and rule changes never undo.");
        editors.MapDelete("/papers/{id:long}/tags/{slug}", (long id, string slug, string? note, DecidePaperTags decide) => DecideAsync(decide, [id], slug, false, note))
            .WithName("RemoveTag")
            .WithSummary("Removes the tag from the paper as an editor's decision: the rules may not bring it back.");
        editors.MapPost("/tags/{slug}/decisions", (string slug, TagDecisionRequest request, DecidePaperTags decide) =>
                DecideAsync(decide, request.PaperIds ?? [], slug, request.Applied, request.Note))
            .WithName("DecideTag")
            .WithSummary($"Applies or removes the tag on up to {DecidePaperTags.MaxPapers:N0} papers at once, all or none.");
        return app;
    }

    private static async Task<Results<Ok<List<TagHistoryItem>>, ProblemHttpResult>> HistoryAsync(long id, GetTagHistory history, CancellationToken cancellation) =>
        await history.HandleAsync(id, cancellation) is { } entries
            ? TypedResults.Ok(entries.Select(e => new TagHistoryItem(e.TagSlug, e.TagName, e.Kind.ToString(), e.ChangedBy, e.ChangedAt, e.Note)).ToList())
            : TypedResults.Problem($"The catalog has no paper {id}.", statusCode: StatusCodes.Status404NotFound, title: "Paper not found");

    private static async Task<Results<Ok<TagDecisionResponse>, ProblemHttpResult>> DecideAsync(
        DecidePaperTags decide, IReadOnlyCollection<long> paperIds, string slug, bool applied, string? note)
    {
        if (paperIds.Count == 0 || note is { Length: > PaperTagChange.MaxNoteLength })
        {
            var problem = paperIds.Count == 0 ? "Name at least one paper in paperIds." : $"A note is at most {PaperTagChange.MaxNoteLength} characters.";
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The decision is not valid.");
        }

        var decision = await decide.DecideAsync(paperIds, slug, applied, string.IsNullOrWhiteSpace(note) ? "api" : "api: " + note);
        return decision.Refusal switch
        {
            TagDecisionRefusal.None => TypedResults.Ok(new TagDecisionResponse(slug, applied, paperIds.Distinct().Count(), decision.Changed)),
            TagDecisionRefusal.NotEditor => TypedResults.Problem(decision.Error, statusCode: StatusCodes.Status403Forbidden, title: "Not an editor"),
            TagDecisionRefusal.TooManyPapers => TypedResults.Problem(decision.Error, statusCode: StatusCodes.Status400BadRequest, title: "Too many papers"),
            _ => TypedResults.Problem(decision.Error, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        };
    }
}

/// <summary>The body of <c>POST /api/tags/{slug}/decisions</c>.</summary>
/// <param name="PaperIds">The papers to decide on.</param>
/// <param name="Applied"><c>true</c> to apply the tag, <c>false</c> to remove it where the papers carry it.</param>
/// <param name="Note">Why, kept in each paper's tag history (at most 500 characters).</param>
public sealed record TagDecisionRequest(IReadOnlyList<long>? PaperIds, bool Applied, string? Note);

/// <summary>One change in a paper's tag history.</summary>
/// <param name="Kind">Added, Removed, Confirmed, RulesAdded, RulesRemoved or Reopened.</param>
/// <param name="ChangedBy">The editor's user name, or "rules".</param>
public sealed record TagHistoryItem(string Tag, string TagName, string Kind, string ChangedBy, DateTimeOffset ChangedAt, string? Note);

/// <summary>What a decision did.</summary>
/// <param name="Changed">The papers whose tag changed; papers already so are not counted.</param>
public sealed record TagDecisionResponse(string Tag, bool Applied, int Papers, int Changed);
