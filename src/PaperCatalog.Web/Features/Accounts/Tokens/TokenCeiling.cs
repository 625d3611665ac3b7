using System.Security.Claims;
using PaperCatalog.Data.Accounts;

namespace PaperCatalog.Web.Features.Accounts.Tokens;

/// <summary>
/// Holds a request signed in by an API token to what the token may do (<see cref="ApiToken.ActsAs"/>): in the
/// principal's roles, which the policies read, and in <see cref="CurrentUser"/>, which reads the account's roles
/// from the database at the moment of the action and so needs to know the token's limit too.
/// </summary>
public static class TokenCeiling
{
    /// <summary>The claim that carries the limit of the token a request signed in with.</summary>
    public const string ClaimType = "papercatalog:token-acts-as";

    /// <summary>The limits a token may be given, least first.</summary>
    public static IReadOnlyList<string> Choices { get; } = [CatalogRoles.Editor, CatalogRoles.Admin];

    /// <summary>Takes the admin role out of an admin's principal whose token acts as an editor, leaving an editor's.</summary>
    public static void Apply(ClaimsPrincipal principal, string actsAs)
    {
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(ClaimType, actsAs));
        if (actsAs != CatalogRoles.Editor)
        {
            return;
        }

        var admin = identity.FindAll(c => c.Type == identity.RoleClaimType && c.Value == CatalogRoles.Admin).ToList();
        admin.ForEach(identity.RemoveClaim);
        if (admin.Count > 0 && !principal.IsInRole(CatalogRoles.Editor))
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, CatalogRoles.Editor));
        }
    }

    /// <summary>
    /// The account roles that let the principal act in one of the <paramref name="asked"/> roles: those roles themselves,
    /// unless its token acts as an editor; then an editor's work alone, which an admin's account may do too.
    /// </summary>
    public static IReadOnlyList<string> AccountRolesThatCount(ClaimsPrincipal principal, IReadOnlyList<string> asked) =>
        principal.FindFirst(ClaimType)?.Value is not CatalogRoles.Editor ? asked
        : asked.Contains(CatalogRoles.Editor) ? [CatalogRoles.Editor, CatalogRoles.Admin]
        : [];
}
