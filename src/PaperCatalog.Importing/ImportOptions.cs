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

    /// <summary>How many added or updated papers a summary lists one by one; counts are always exact.</summary>
    public int MaxListedChanges { get; set; } = 1000;
}
