using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Web.Features.Accounts.Tokens;

namespace PaperCatalog.Web.Features.Accounts;

/// <summary>ASP.NET Core Identity on the catalog database: cookies, lockout, password rules, roles and policies.</summary>
public static class AccountSetup
{
    public const string AdminPolicy = "Admin";
    public const string EditorPolicy = "Editor";

    /// <summary>
    /// The default scheme: the API token for an API request that sends one, the sign-in cookie for any other. Pages never
    /// take a token: one that leaked could otherwise make itself new tokens on /account/tokens, or change the password.
    /// </summary>
    public const string CookieOrToken = "CookieOrToken";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        // Identity's stores want a scoped DbContext; everything else uses the factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext());
        services.AddIdentityCore<CatalogUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CatalogDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // In the catalog, not the container's home folder: sign-ins, antiforgery tokens and the tokens page's notices
        // survive a restart or a redeploy, and every instance over one database reads them (ADR-027).
        services.AddDataProtection().SetApplicationName("PaperCatalog").PersistKeysToDbContext<CatalogDbContext>();

        var authentication = services.AddAuthentication(CookieOrToken);
        authentication.AddPolicyScheme(CookieOrToken, "Cookie or API token", scheme => scheme.ForwardDefaultSelector = http =>
            http.Request.Path.StartsWithSegments("/api") && ApiTokenSecret.TryRead(http.Request, out _) ? ApiTokenAuthentication.SchemeName : IdentityConstants.ApplicationScheme);
        authentication.AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        authentication.AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.Cookie.Name = "papercatalog.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        // Re-read the account on every request, so a role removed or an account locked takes effect at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(CatalogRoles.Admin))
            .AddPolicy(EditorPolicy, policy => policy.RequireRole(CatalogRoles.Editor, CatalogRoles.Admin));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RefreshingAuthenticationStateProvider>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ManageApiTokens>();
        services.AddSingleton<TokenPageNotices>();
        services.AddSingleton<AuditLog>();
        return services;
    }

    // The API answers with status codes; pages redirect to the sign-in or access-denied page.
    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
