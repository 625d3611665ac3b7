using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.Web.Features.Admin.Users;

/// <summary>What admins do to accounts. Every change is checked against the acting admin's current role and audited.</summary>
public sealed class ManageUsers(UserManager<CatalogUser> users, CurrentUser current, AuditLog audit)
{
    public async Task<IReadOnlyList<UserView>> ListAsync()
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var views = new List<UserView>();
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            views.Add(new UserView(user.Id, user.Email!, roles.FirstOrDefault(r => r == CatalogRoles.Admin) ?? roles.FirstOrDefault(), await users.IsLockedOutAsync(user), user.MustChangePassword, user.CreatedAt));
        }

        return views;
    }

    /// <summary>Creates an editor with a one-time password that they must change at first sign-in.</summary>
    /// <returns>The one-time password, or the reason it failed.</returns>
    public async Task<(string? Password, string? Error)> CreateEditorAsync(string email)
    {
        if (await current.InRoleAsync(CatalogRoles.Admin) is not { } admin)
        {
            return (null, NotAdmin);
        }

        var password = AdminBootstrap.GeneratePassword();
        var user = new CatalogUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, MustChangePassword = true, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, CatalogRoles.Editor);
        await audit.WriteAsync(admin.UserName!, "user.created", user.Email, "role Editor");
        return (password, null);
    }

    /// <summary>Sets a user's role (Admin, Editor, or none); takes effect at the user's next click.</summary>
    public async Task<string?> SetRoleAsync(string userId, string? role)
    {
        if (await current.InRoleAsync(CatalogRoles.Admin) is not { } admin)
        {
            return NotAdmin;
        }

        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return "No such user.";
        }

        var roles = await users.GetRolesAsync(user);
        if (roles.Contains(CatalogRoles.Admin) && role != CatalogRoles.Admin && await IsLastAdminAsync())
        {
            return "The catalog needs at least one admin; make someone else admin first.";
        }

        await users.RemoveFromRolesAsync(user, roles);
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }

        await audit.WriteAsync(admin.UserName!, "user.role-changed", user.Email, $"{string.Join("+", roles)} → {role ?? "none"}");
        return null;
    }

    public async Task<string?> SetLockedAsync(string userId, bool locked)
    {
        if (await current.InRoleAsync(CatalogRoles.Admin) is not { } admin)
        {
            return NotAdmin;
        }

        if (await users.FindByIdAsync(userId) is not { } user || user.Id == admin.Id)
        {
            return "You cannot lock your own account.";
        }

        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync(admin.UserName!, locked ? "user.locked" : "user.unlocked", user.Email);
        return null;
    }

    public async Task<string?> DeleteAsync(string userId)
    {
        if (await current.InRoleAsync(CatalogRoles.Admin) is not { } admin)
        {
            return NotAdmin;
        }

        if (await users.FindByIdAsync(userId) is not { } user || user.Id == admin.Id)
        {
            return "You cannot delete your own account.";
        }

        await users.DeleteAsync(user);
        await audit.WriteAsync(admin.UserName!, "user.deleted", user.Email);
        return null;
    }

    private const string NotAdmin = "Your account is no longer an admin; nothing was done.";

    private async Task<bool> IsLastAdminAsync() => (await users.GetUsersInRoleAsync(CatalogRoles.Admin)).Count <= 1;
}

public sealed record UserView(string Id, string Email, string? Role, bool Locked, bool MustChangePassword, DateTimeOffset CreatedAt);
