namespace PaperCatalog.Importing.Bulk;

/// <summary>What a bulk merge reads besides the catalog: the staged records and their search vectors.</summary>
/// <param name="Staging">The staging table's name.</param>
/// <param name="Vectors">The vectors computed ahead, which the merge starts once it holds the import lock.</param>
internal sealed record BulkTables(string Staging, StagedSearchVectors Vectors);
