using PaperCatalog.Ingestion;

namespace PaperCatalog.Importing;

/// <summary>Settings of the import pipeline, bound from the "Import" configuration section.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The largest single upload the web app accepts before it can check files one by one.</summary>
    public const long DefaultMaxUploadBytes = DumpReadOptions.DefaultMaxFileBytes;

    /// <summary>The largest dump file accepted, in bytes (default 50 MB).</summary>
    public long MaxFileBytes { get; set; } = DumpReadOptions.DefaultMaxFileBytes;

    /// <summary>How long a saved HTML page may take to read.</summary>
    public TimeSpan HtmlTimeBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Uploads at least this large, all files together, go through the bulk path (binary COPY into staging,
    /// set-based merge; ADR-008) instead of EF Core change tracking: default 16 MB, about 10,000 papers,
    /// which the standard path takes about a minute to save. 0 sends every upload through the bulk path.
    /// </summary>
    public long BulkFromBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>How many added or updated papers a summary lists one by one; counts are always exact.</summary>
    public int MaxListedChanges { get; set; } = 1000;
}
