using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Authorization;
using PaperCatalog.Web.Features.Accounts.Tokens;

namespace PaperCatalog.Web.Features.Accounts;

/// <summary>
/// What the API's writes need beyond the sign-in cookie. A write signed in by the cookie must carry an antiforgery
/// token in a header (<c>GET /api/antiforgery</c> gives one): the pipeline checks tokens only on form posts, and the
/// <c>SameSite=Lax</c> cookie alone would let a page on the same site post as the signed-in user; a write signed in
/// by an API token needs none (ADR-022). And handlers that ask
/// <see cref="CurrentUser"/> who acts must see the request's user, which Blazor sets only for its own pages.
/// </summary>
public static class ApiRequests
{
    public static RouteHandlerBuilder MapAntiforgeryToken(this IEndpointRouteBuilder group) =>
        group.MapGet("/antiforgery", (IAntiforgery antiforgery, HttpContext http) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return TypedResults.Ok(new AntiforgeryTokenResponse(tokens.RequestToken!, tokens.HeaderName!));
            })
            .WithSummary("An antiforgery token and the header to send it in, for the API's writes.");

    /// <summary>Refuses a write (any method but GET, HEAD and OPTIONS) without a valid antiforgery token, with 400.</summary>
    public static TBuilder RequireAntiforgeryToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            // A request signed in by its API token cannot be forged by a page: browsers never add that header themselves.
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method)
                || (http.User.Identity?.IsAuthenticated == true && ApiTokenSecret.TryRead(http.Request, out _))
                || await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            {
                return await next(context);
            }

            return TypedResults.Problem(
                "The request has no valid antiforgery token. GET /api/antiforgery gives one and the header to send it in.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Antiforgery token missing or invalid");
        });

    /// <summary>Lets <see cref="CurrentUser"/> see the request's user in the endpoints of <paramref name="builder"/>.</summary>
    public static TBuilder ActAsRequestUser<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
            {
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
            }

            return await next(context);
        });
}

public sealed record AntiforgeryTokenResponse(string Token, string HeaderName);
