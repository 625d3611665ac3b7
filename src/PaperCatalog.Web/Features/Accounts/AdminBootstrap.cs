using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using PaperCatalog.Data.Accounts;

namespace PaperCatalog.Web.Features.Accounts;

/// <summary>
/// Makes sure the catalog has an admin: on a start where none exists, one is created from
/// <c>Admin__Email</c> and <c>Admin__Password</c>, or with a generated password written once to the log.
/// <c>Admin__CreateIfMissing=false</c> creates none.
/// </summary>
public static class AdminBootstrap
{
    public const string DefaultEmail = "admin@localhost";

    public static async Task EnsureAdminAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in CatalogRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogUser>>();
        // A tool that borrows someone's catalog (the bench's web tier) must not leave an admin whose password nobody saw.
        if (!configuration.GetValue("Admin:CreateIfMissing", true) || (await users.GetUsersInRoleAsync(CatalogRoles.Admin)).Count > 0)
        {
            return;
        }

        var email = configuration["Admin:Email"] is { Length: > 0 } configured ? configured : DefaultEmail;
        var password = configuration["Admin:Password"];
        var generated = string.IsNullOrEmpty(password);
        password = generated ? GeneratePassword() : password;
        var admin = new CatalogUser { UserName = email, Email = email, EmailConfirmed = true, MustChangePassword = generated, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(admin, password!);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The first admin ({email}) could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))} Check Admin__Password.");
        }

        await users.AddToRoleAsync(admin, CatalogRoles.Admin);
        if (generated)
        {
            logger.LogWarning(
                "FIRST ADMIN CREATED: sign in at /account/login as {Email} with the one-time password {Password} and change it at once (you will be asked to). This password is not shown again; set Admin__Email and Admin__Password to choose your own.",
                email, password);
        }
        else
        {
            logger.LogInformation("Created the first admin {Email} from the Admin configuration", email);
        }

        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        await audit.WriteAsync("system", "user.admin-bootstrapped", email, generated ? "generated password" : "configured password");
    }

    /// <summary>24 characters from upper, lower, digits and symbols: about 140 bits.</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789", symbols = "!#$%*+-=?@";
        var all = upper + lower + digits + symbols;
        var chars = new[] { Pick(upper), Pick(lower), Pick(digits), Pick(symbols) }.Concat(Enumerable.Range(0, 20).Select(_ => Pick(all))).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);

        static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
    }
}
