using Microsoft.AspNetCore.Identity;

namespace PaperCatalog.Data.Accounts;

/// <summary>A person who signs in: an admin or an editor. Readers need no account.</summary>
public sealed class CatalogUser : IdentityUser
{
    /// <summary>True for accounts made with a generated password, until their owner sets one.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The roles of the catalog.</summary>
public static class CatalogRoles
{
    /// <summary>Imports dumps, manages users, edits tagging rules; can do all an editor does.</summary>
    public const string Admin = "Admin";

    /// <summary>Curates tags on papers.</summary>
    public const string Editor = "Editor";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor];
}
