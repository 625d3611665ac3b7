using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Web.Features.Accounts.Tokens;

namespace PaperCatalog.Web.Features.Accounts;

/// <summary>
/// Who is acting, checked against the database at the moment of the action: a change of role
/// applies to the very next click, whatever the session's cached claims say. A request signed in by an API token
/// acts at most as the token may (<see cref="TokenCeiling"/>).
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, UserManager<CatalogUser> users)
{
    /// <summary>The acting user when they hold one of <paramref name="roles"/> right now; otherwise <c>null</c>.</summary>
    public async Task<CatalogUser?> InRoleAsync(params string[] roles)
    {
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        if (principal.Identity?.IsAuthenticated != true || await users.GetUserAsync(principal) is not { } user || await users.IsLockedOutAsync(user))
        {
            return null;
        }

        foreach (var role in TokenCeiling.AccountRolesThatCount(principal, roles))
        {
            if (await users.IsInRoleAsync(user, role))
            {
                return user;
            }
        }

        return null;
    }
}
