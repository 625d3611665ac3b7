using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;

namespace PaperCatalog.Web.Features.Accounts.Tokens;

/// <summary>An editor's or admin's own API tokens: list, make (shown once) and revoke.</summary>
public sealed class ManageApiTokens(IDbContextFactory<CatalogDbContext> contexts, CurrentUser current, AuditLog audit, TimeProvider clock)
{
    public const int MaxTokensPerUser = 10;

    /// <summary>The lifetimes offered, in days: a token always expires.</summary>
    public static readonly IReadOnlyList<int> Lifetimes = [30, 90, 365];

    /// <summary>The user's tokens, newest first, expired ones included until the next token is made.</summary>
    public async Task<IReadOnlyList<ApiTokenView>> ListAsync()
    {
        if (await current.InRoleAsync(CatalogRoles.Editor, CatalogRoles.Admin) is not { } user)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.ApiTokens.Where(t => t.UserId == user.Id).OrderByDescending(t => t.CreatedAt)
            .Select(t => new ApiTokenView(t.Id, t.Name, t.Prefix, t.ActsAs, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.ExpiresAt <= now)).ToListAsync();
    }

    /// <summary>What the user's new tokens may act as, least first: an admin chooses, an editor's act as an editor.</summary>
    public async Task<IReadOnlyList<string>> ChoicesAsync() => (await ChooserAsync()).Choices;

    // The acting editor or admin with their choices, from one check of their roles.
    private async Task<(CatalogUser? User, IReadOnlyList<string> Choices)> ChooserAsync() =>
        await current.InRoleAsync(CatalogRoles.Admin) is { } admin ? ((CatalogUser?)admin, TokenCeiling.Choices)
        : await current.InRoleAsync(CatalogRoles.Editor) is { } editor ? (editor, [CatalogRoles.Editor])
        : (null, []);

    /// <param name="actsAs">The most the token may do (<see cref="ApiToken.ActsAs"/>); an editor's when not given.</param>
    /// <returns>The new token, which is never shown again, or why none was made.</returns>
    public async Task<(string? Token, string? Error)> CreateAsync(string? name, int days, string? actsAs = null)
    {
        name = name?.Trim();
        actsAs = string.IsNullOrEmpty(actsAs) ? CatalogRoles.Editor : actsAs;
        if (await ChooserAsync() is not ({ } user, var choices))
        {
            return (null, "Only editors and admins have API tokens.");
        }

        if (!choices.Contains(actsAs))
        {
            return (null, $"A token of yours cannot act as “{actsAs}”: only an admin's may act as an admin.");
        }

        if (string.IsNullOrEmpty(name) || name.Length > ApiToken.MaxNameLength || !Lifetimes.Contains(days))
        {
            return (null, $"Name the token (at most {ApiToken.MaxNameLength} characters) and choose how long it lasts.");
        }

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync();
        // Expired tokens sign nothing in; they are cleared here so that they do not count against the limit.
        await db.ApiTokens.Where(t => t.UserId == user.Id && t.ExpiresAt <= now).ExecuteDeleteAsync();
        if (await db.ApiTokens.CountAsync(t => t.UserId == user.Id) >= MaxTokensPerUser)
        {
            return (null, $"You have {MaxTokensPerUser} tokens already; revoke one first.");
        }

        var (token, hash, shown) = ApiTokenSecret.New();
        db.ApiTokens.Add(new ApiToken { UserId = user.Id, Name = name, Hash = hash, Prefix = shown, ActsAs = actsAs, CreatedAt = now, ExpiresAt = now.AddDays(days) });
        audit.Add(db, user.UserName!, "token.created", name, $"{shown}…, acts as {actsAs.ToLowerInvariant()}, expires {now.AddDays(days):yyyy-MM-dd}");
        await db.SaveChangesAsync();
        return (token, null);
    }

    /// <returns>The name of the token revoked, or null when the user has no token of that id (any more).</returns>
    public async Task<string?> RevokeAsync(long id)
    {
        if (await current.InRoleAsync(CatalogRoles.Editor, CatalogRoles.Admin) is not { } user)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync();
        if (await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == user.Id) is not { } token)
        {
            return null;
        }

        db.ApiTokens.Remove(token);
        audit.Add(db, user.UserName!, "token.revoked", token.Name, token.Prefix + "…");
        try
        {
            await db.SaveChangesAsync();
            return token.Name;
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // revoked by another request between the read and the delete
        }
    }
}

/// <summary>A token as its owner's list shows it: never the token itself.</summary>
public sealed record ApiTokenView(long Id, string Name, string Prefix, string ActsAs, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, bool Expired);
