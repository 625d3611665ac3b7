namespace PaperCatalog.Web.Features.Export;

/// <summary>The download formats of a view.</summary>
public enum ExportFormat
{
    Csv,
    Json,
    BibTex,
}

public static class ExportFormats
{
    public static (string ContentType, string Extension) Describe(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ("text/csv; charset=utf-8", "csv"),
        ExportFormat.Json => ("application/json; charset=utf-8", "json"),
        _ => ("application/x-bibtex; charset=utf-8", "bib"),
    };

    public static Task WriteAsync(ExportFormat format, IAsyncEnumerable<PaperCatalog.Data.Search.PaperSummary> papers, Stream output, CancellationToken cancellation) => format switch
    {
        ExportFormat.Csv => CsvExport.WriteAsync(papers, output, cancellation),
        ExportFormat.Json => JsonExport.WriteAsync(papers, output, cancellation),
        _ => BibTexExport.WriteAsync(papers, output, cancellation),
    };
}
