namespace PaperCatalog.Data.Accounts;

/// <summary>One admin or editor action: who did what to what, when and from where.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The acting user's name, or "system" for start-up actions.</summary>
    public required string Actor { get; set; }

    /// <summary>A short dotted name such as "import.confirmed" or "user.role-changed".</summary>
    public required string Action { get; set; }

    /// <summary>What the action was on: a user, a paper, a tag, an import run.</summary>
    public string? Target { get; set; }

    public string? Details { get; set; }

    public string? RemoteAddress { get; set; }
}
