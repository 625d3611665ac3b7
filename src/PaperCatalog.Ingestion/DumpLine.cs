namespace PaperCatalog.Ingestion;

/// <summary>A non-blank line of a dump, cleaned, with the 1-based line number it came from.</summary>
public readonly record struct DumpLine(int Number, string Text);
