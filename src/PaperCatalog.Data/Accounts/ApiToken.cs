namespace PaperCatalog.Data.Accounts;

/// <summary>
/// A personal token a script sends instead of the sign-in cookie (ADR-022). The catalog keeps only its SHA-256,
/// so a copy of the database signs no one in; the token itself is shown once, when it is made.
/// </summary>
public sealed class ApiToken
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public const int MaxNameLength = 100;

    /// <summary>What its owner calls it ("nightly tagging script").</summary>
    public required string Name { get; set; }

    public required byte[] Hash { get; set; }

    /// <summary>The token's first characters, to tell tokens apart in a list; far too few to guess the rest.</summary>
    public required string Prefix { get; set; }

    /// <summary>
    /// The most the token may do, a role of <see cref="CatalogRoles"/>: an admin's token made to act as an editor tags
    /// papers but imports nothing and edits no rule. It never adds to the account's roles, which are read as they are now.
    /// </summary>
    public required string ActsAs { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When a request last signed in with it, to the minute.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}
