using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;

namespace PaperCatalog.Web.Features.Accounts.Tokens;

/// <summary>
/// Signs a request in by its API token. The user is built from the database on every request, as the cookie's is
/// (<see cref="AccountSetup"/>), so a role removed or an account locked applies to the token's next request.
/// </summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbContextFactory<CatalogDbContext> contexts, SignInManager<CatalogUser> signIn, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiTokenSecret.TryRead(Request, out var secret))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiTokenSecret.Hash(secret);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        if (token is null || token.ExpiresAt <= now)
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        if (await signIn.UserManager.FindByIdAsync(token.UserId) is not { } user || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The API token's account is locked.");
        }

        // To the minute: a script's every request need not write.
        if (token.LastUsedAt is null || token.LastUsedAt < now.AddMinutes(-1))
        {
            await NoteUseAsync(db, token.Id, now);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        TokenCeiling.Apply(principal, token.ActsAs);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    // Best effort: a request that was let in is not failed for want of this note (an abandoned request, a busy row).
    private async Task NoteUseAsync(CatalogDbContext db, long tokenId, DateTimeOffset now)
    {
        try
        {
            await db.ApiTokens.Where(t => t.Id == tokenId).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), CancellationToken.None);
        }
        catch (System.Data.Common.DbException failure)
        {
            Logger.LogWarning(failure, "Could not note the use of API token {TokenId}.", tokenId);
        }
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
