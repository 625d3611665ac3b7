namespace PaperCatalog.Ingestion;

/// <summary>Limits and context for reading dump files.</summary>
public sealed record DumpReadOptions
{
    /// <summary>The default largest file accepted: 50 MB.</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The largest file accepted, in bytes; larger files are refused unread.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>The day of the import; inferred dates are never later.</summary>
    public DateOnly ImportDate { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>An admin's capture date for every page, overriding the inferred one.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>How long an HTML page may take to read before it is refused.</summary>
    public TimeSpan HtmlTimeBudget { get; init; } = TimeSpan.FromSeconds(10);
}
