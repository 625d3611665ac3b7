using Microsoft.AspNetCore.Http.HttpResults;

namespace PaperCatalog.Web.Features.Tags;

public static class TagEndpoints
{
    public static IEndpointRouteBuilder MapTagEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/tags", ListAsync)
            .WithTags("Tags")
            .WithName("ListTags")
            .WithSummary("Every tag with its description, paper count and papers per year.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<TagSummary>>> ListAsync(ListTags tags, CancellationToken cancellation) =>
        TypedResults.Ok(await tags.HandleAsync(cancellation));
}
