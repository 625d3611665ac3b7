using Microsoft.AspNetCore.Http.HttpResults;
using PaperCatalog.Data.Search;

namespace PaperCatalog.Web.Features.Papers;

/// <summary>The papers API: the same handlers as the pages, as JSON.</summary>
public static class PaperEndpoints
{
    public static IEndpointRouteBuilder MapPaperEndpoints(this IEndpointRouteBuilder app)
    {
        var papers = app.MapGroup("/api/papers").WithTags("Papers");
        papers.MapGet("/", SearchAsync)
            .WithName("SearchPapers")
            .WithSummary("Search, filter, sort and page the catalog.")
            .WithDescription("Full-text search uses websearch_to_tsquery syntax: \"quoted phrases\", -excluded words, or. Page with cursor (nextCursor/previousCursor) for speed at any depth, or with page up to 10,000 results.");
        papers.MapGet("/{id:long}", GetAsync)
            .WithName("GetPaper")
            .WithSummary("One paper with its tags and provenance; q marks the words of a search.");
        papers.MapGet("/{id:long}/related", RelatedAsync)
            .WithName("RelatedPapers")
            .WithSummary("Papers sharing its techniques or the words of its title, each with the reason.");
        return app;
    }

    private static async Task<Results<Ok<PaperDetailsResponse>, ProblemHttpResult, ValidationProblem>> GetAsync(long id, string? q, GetPaper paper, CancellationToken cancellation)
    {
        if (PaperQuery.SearchProblem(q) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [problem] }, title: "The search parameters are not valid.");
        }

        return await paper.HandleAsync(id, q, cancellation) is { } found
            ? TypedResults.Ok(PaperDetailsResponse.From(found))
            : NotFound(id);
    }

    private static async Task<Results<Ok<IReadOnlyList<RelatedPaper>>, ProblemHttpResult>> RelatedAsync(
        long id, GetPaper paper, RelatedPapers related, CancellationToken cancellation) =>
        await paper.HandleAsync(id, null, cancellation) is null
            ? NotFound(id)
            : TypedResults.Ok(await related.FindAsync(id, cancellation) ?? []);

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem($"The catalog has no paper {id}.", statusCode: StatusCodes.Status404NotFound, title: "Paper not found");

    private static async Task<Results<Ok<PaperListResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] PaperQuery query, SearchPapers search, CancellationToken cancellation)
    {
        var (criteria, errors) = query.Parse();
        if (criteria is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The search parameters are not valid.");
        }

        return TypedResults.Ok(PaperListResponse.From(await search.HandleAsync(criteria, cancellation)));
    }
}
