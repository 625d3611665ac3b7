namespace PaperCatalog.Importing.Bulk;

/// <summary>A bulk import: the files, who asked, and how many files are parsed and copied at once.</summary>
/// <param name="Streams">Files copied at the same time, each on its own connection, with as many read ahead (one per core is a good start).</param>
public sealed record BulkImportRequest(IReadOnlyList<DumpInput> Files, string RequestedBy, bool DryRun = false, DateOnly? ReferenceDate = null, int Streams = 2);
