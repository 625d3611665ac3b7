using Microsoft.AspNetCore.Http.HttpResults;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.Web.Features.Tagging;

/// <summary>
/// Tagging as an API: the same decisions as the paper page and the bulk bar (<see cref="DecidePaperTags"/>), for
/// editors and admins signed in with the cookie, each write with an antiforgery token (<see cref="ApiRequests"/>).
/// </summary>
public static class PaperTagEndpoints
{
    /// <summary>The longest note a decision through the API takes; the history keeps it after "api: ".</summary>
    public const int MaxNoteLength = 400;

    private const string TokenNeeded = "Send the token from GET /api/antiforgery in the header it names.";

    public static IEndpointRouteBuilder MapPaperTagEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/papers/{id:long}/tags/history", HistoryAsync)
            .WithTags("Tagging")
            .WithName("GetTagHistory")
            .WithSummary("Who changed which of the paper's tags, when and how, newest first.");

        var editors = app.MapGroup("/api").RequireAuthorization(AccountSetup.EditorPolicy).RequireAntiforgeryToken().ActAsRequestUser().WithTags("Tagging")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        editors.MapAntiforgeryToken();
        editors.MapPut("/papers/{id:long}/tags/{slug}", (long id, string slug, string? note, DecidePaperTags decide) => DecideAsync(decide, [id], slug, true, note))
            .WithName("ApplyTag")
            .WithSummary("Applies the tag to the paper as an editor's decision, which re-imports and rule changes never undo.")
            .WithDescription(TokenNeeded);
        editors.MapDelete("/papers/{id:long}/tags/{slug}", (long id, string slug, string? note, DecidePaperTags decide) => DecideAsync(decide, [id], slug, false, note))
            .WithName("RemoveTag")
            .WithSummary("Removes the tag from the paper as an editor's decision: the rules may not bring it back.")
            .WithDescription(TokenNeeded);
        editors.MapPost("/tags/{slug}/decisions", (string slug, TagDecisionRequest request, DecidePaperTags decide) =>
                DecideAsync(decide, request.PaperIds ?? [], slug, request.Applied, request.Note))
            .WithName("DecideTag")
            .WithSummary($"Applies or removes the tag on up to {DecidePaperTags.MaxPapers:N0} papers at once, all or none.")
            .WithDescription(TokenNeeded);
        return app;
    }

    private static async Task<Results<Ok<List<TagHistoryItem>>, ProblemHttpResult>> HistoryAsync(long id, GetTagHistory history, CancellationToken cancellation) =>
        await history.HandleAsync(id, cancellation) is { } entries
            ? TypedResults.Ok(entries.Select(e => new TagHistoryItem(e.TagSlug, e.TagName, e.Kind.ToString(), e.ChangedBy, e.ChangedAt, e.Note)).ToList())
            : NotFound("Paper not found", $"The catalog has no paper {id}.");

    private static async Task<Results<Ok<TagDecisionResponse>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        DecidePaperTags decide, IReadOnlyCollection<long> paperIds, string slug, bool? applied, string? note)
    {
        var errors = new Dictionary<string, string[]>();
        if (paperIds.Count == 0)
        {
            errors["paperIds"] = ["Name at least one paper."];
        }

        if (applied is null)
        {
            errors["applied"] = ["Say whether to apply the tag (true) or remove it (false)."];
        }

        if (note is { Length: > MaxNoteLength })
        {
            errors["note"] = [$"A note is at most {MaxNoteLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The decision is not valid.");
        }

        var decision = await decide.DecideAsync(paperIds, slug, applied!.Value, string.IsNullOrWhiteSpace(note) ? "api" : "api: " + note);
        return decision.Refusal switch
        {
            TagDecisionRefusal.None => TypedResults.Ok(new TagDecisionResponse(slug, applied.Value, paperIds.Distinct().Count(), decision.Changed)),
            TagDecisionRefusal.NotEditor => TypedResults.Problem(decision.Error, statusCode: StatusCodes.Status403Forbidden, title: "Not an editor"),
            TagDecisionRefusal.TooManyPapers => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["paperIds"] = [decision.Error!] }, title: "The decision is not valid."),
            TagDecisionRefusal.UnknownTag => NotFound("Tag not found", decision.Error!),
            _ => NotFound("Paper not found", decision.Error!),
        };
    }

    private static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);
}

/// <summary>The body of <c>POST /api/tags/{slug}/decisions</c>.</summary>
/// <param name="PaperIds">The papers to decide on.</param>
/// <param name="Applied"><c>true</c> to apply the tag, <c>false</c> to remove it where the papers carry it; required, so
/// that a body without it never removes the tag.</param>
/// <param name="Note">Why, kept in each paper's tag history (at most 400 characters).</param>
public sealed record TagDecisionRequest(IReadOnlyList<long>? PaperIds, bool? Applied, string? Note);

/// <summary>One change in a paper's tag history.</summary>
/// <param name="Kind">Added, Removed, Confirmed, RulesAdded, RulesRemoved or Reopened.</param>
/// <param name="ChangedBy">The editor's user name, or "rules".</param>
public sealed record TagHistoryItem(string Tag, string TagName, string Kind, string ChangedBy, DateTimeOffset ChangedAt, string? Note);

/// <summary>What a decision did.</summary>
/// <param name="Changed">The papers whose tag changed; papers already so are not counted.</param>
public sealed record TagDecisionResponse(string Tag, bool Applied, int Papers, int Changed);
