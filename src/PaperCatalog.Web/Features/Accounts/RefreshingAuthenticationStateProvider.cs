using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Web.Components.Shared;

namespace PaperCatalog.Web.Features.Accounts;

/// <summary>
/// Keeps an open Blazor session's user in step with the database: every few seconds it rebuilds the
/// user from the store, so a role removed (or an account locked or deleted) takes effect in
/// browser sessions that are already open, not only at the next sign-in.
/// </summary>
internal sealed class RefreshingAuthenticationStateProvider(IServiceScopeFactory scopes, ILogger<RefreshingAuthenticationStateProvider> logger)
    : ServerAuthenticationStateProvider, IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stop = new();
    private bool _started;

    public override async Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        var state = await base.GetAuthenticationStateAsync();
        if (!_started && state.User.Identity?.IsAuthenticated == true)
        {
            _started = true;
            _ = RefreshLoopAsync(_stop.Token);
        }

        return state;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task RefreshLoopAsync(CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation))
            {
                var current = (await base.GetAuthenticationStateAsync()).User;
                ClaimsPrincipal fresh;
                try
                {
                    fresh = await ReloadAsync(current);
                }
                catch (Exception failure) when (DatabaseFailure.Describe(failure) is { } reason)
                {
                    // An outage says nothing about the account: signing everyone out would throw away every open
                    // page's work (a review queue, rules being edited). The user stays as last read until it ends.
                    logger.LogWarning(failure, "Refreshing the signed-in user failed ({Reason}); trying again in {Interval}", reason, Interval);
                    continue;
                }

                if (!SameRoles(current, fresh))
                {
                    SetAuthenticationState(Task.FromResult(new AuthenticationState(fresh)));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "Refreshing the signed-in user failed; the session signs out");
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
    }

    private async Task<ClaimsPrincipal> ReloadAsync(ClaimsPrincipal current)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogUser>>();
        var user = await users.GetUserAsync(current);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<CatalogUser>>().CreateAsync(user);
    }

    private static bool SameRoles(ClaimsPrincipal a, ClaimsPrincipal b) =>
        a.Identity?.IsAuthenticated == b.Identity?.IsAuthenticated
        && a.FindAll(ClaimTypes.Role).Select(c => c.Value).Order().SequenceEqual(b.FindAll(ClaimTypes.Role).Select(c => c.Value).Order());
}
