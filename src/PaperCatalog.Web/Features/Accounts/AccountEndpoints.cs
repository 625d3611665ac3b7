using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Web.Hosting;

namespace PaperCatalog.Web.Features.Accounts;

/// <summary>
/// Sign-in, sign-out and password change as form posts: cookies can only be set on a real HTTP
/// response, and form posts get antiforgery checks and rate limits from the pipeline.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", LoginAsync).RequireRateLimiting(SecuritySetup.SignInPolicy);
        account.MapPost("/logout", LogoutAsync);
        account.MapPost("/password", ChangePasswordAsync).RequireAuthorization().RequireRateLimiting(SecuritySetup.SignInPolicy);
        return app;
    }

    private static async Task<IResult> LoginAsync(
        [FromForm] string email, [FromForm] string password, [FromForm] string? rememberMe, [FromForm] string? returnUrl,
        SignInManager<CatalogUser> signIn, UserManager<CatalogUser> users, AuditLog audit, HttpContext http)
    {
        var result = await signIn.PasswordSignInAsync(email, password, rememberMe is "on" or "true", lockoutOnFailure: true);
        var address = http.Connection.RemoteIpAddress?.ToString();
        if (result.Succeeded)
        {
            await audit.WriteAsync(email, "account.signed-in", remoteAddress: address);
            var user = await users.FindByNameAsync(email);
            return user?.MustChangePassword == true
                ? TypedResults.LocalRedirect($"/account/password?returnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}")
                : TypedResults.LocalRedirect(SafeReturnUrl(returnUrl));
        }

        var error = result.IsLockedOut ? "locked" : "invalid";
        await audit.WriteAsync(email, result.IsLockedOut ? "account.locked-out" : "account.sign-in-failed", remoteAddress: address);
        return TypedResults.LocalRedirect($"/account/login?error={error}&email={Uri.EscapeDataString(email)}&returnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}");
    }

    private static async Task<IResult> LogoutAsync(SignInManager<CatalogUser> signIn, ClaimsPrincipal user, AuditLog audit)
    {
        if (user.Identity?.IsAuthenticated == true)
        {
            await audit.WriteAsync(user.Identity.Name ?? "?", "account.signed-out");
        }

        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }

    private static async Task<IResult> ChangePasswordAsync(
        [FromForm] string currentPassword, [FromForm] string newPassword, [FromForm] string confirmPassword, [FromForm] string? returnUrl,
        ClaimsPrincipal principal, UserManager<CatalogUser> users, SignInManager<CatalogUser> signIn, AuditLog audit)
    {
        var back = Uri.EscapeDataString(SafeReturnUrl(returnUrl));
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.LocalRedirect("/account/login");
        }

        if (newPassword != confirmPassword)
        {
            return TypedResults.LocalRedirect($"/account/password?error={Uri.EscapeDataString("The new passwords do not match.")}&returnUrl={back}");
        }

        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            var reasons = string.Join(" ", changed.Errors.Select(e => e.Description));
            return TypedResults.LocalRedirect($"/account/password?error={Uri.EscapeDataString(reasons)}&returnUrl={back}");
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(user.UserName!, "account.password-changed");
        return TypedResults.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    /// <summary>Only local paths: a crafted returnUrl must not send people to another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
