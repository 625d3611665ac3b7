using System.Text.Json;

namespace PaperCatalog.Web.Hosting;

/// <summary>
/// Answers a request whose parameters or body an endpoint could not read (malformed JSON, no body, a form without
/// its antiforgery token) with a validation problem saying what and where, in every environment. Left alone, Development showed
/// its exception page, request headers included, and Production a bare 400.
/// </summary>
public static class BadRequestProblems
{
    /// <summary>The error key a body that could not be read is reported under.</summary>
    public const string BodyKey = "body";

    public static IServiceCollection AddBadRequestProblems(this IServiceCollection services) =>
        // Thrown in every environment, so that this middleware, not the environment, decides the answer.
        services.Configure<RouteHandlerOptions>(static options => options.ThrowOnBadRequest = true);

    // Every path, not only /api: with the exception thrown everywhere, a form post refused for its antiforgery
    // token (the sign-in form's) would otherwise reach the error page's handler, which answers POSTs 404.
    public static IApplicationBuilder UseBadRequestProblems(this IApplicationBuilder app) => app.Use(static async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException refused) when (!context.Response.HasStarted)
        {
            var (key, message) = Describe(refused);
            var problem = TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [key] = [message] },
                title: "The request could not be read");
            // A body of the wrong media type is a 415 and one too large a 413: the problem says the status sent.
            problem.ProblemDetails.Status = refused.StatusCode;
            problem.ProblemDetails.Type = refused.StatusCode == StatusCodes.Status400BadRequest ? problem.ProblemDetails.Type : null;
            context.Response.Clear();
            context.Response.StatusCode = refused.StatusCode;
            await context.Response.WriteAsJsonAsync(problem.ProblemDetails, problem.ProblemDetails.GetType(), options: null, contentType: problem.ContentType);
        }
    });

    internal static (string Key, string Message) Describe(BadHttpRequestException refused) => refused.InnerException switch
    {
        JsonException json => (BodyKey, JsonMessage(json)),
        _ => (refused.Message.Contains("body", StringComparison.OrdinalIgnoreCase) ? BodyKey : "request", refused.Message),
    };

    // The serializer's message ends with its own zero-based position; people count lines and bytes from 1.
    private static string JsonMessage(JsonException json)
    {
        var reason = json.Message.Split(" Path: ", 2)[0].TrimEnd();
        return json.LineNumber is { } line
            ? $"The body is not valid JSON at line {line + 1}, byte {json.BytePositionInLine + 1} ({json.Path ?? "$"}): {reason}"
            : $"The body is not valid JSON: {reason}";
    }
}
