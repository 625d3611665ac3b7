using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PaperCatalog.Web.Features.Papers;

namespace PaperCatalog.Web.Features.Export;

public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/papers/export", Export)
            .WithTags("Papers")
            .WithName("ExportPapers")
            .WithSummary("Download the current view (search, filters and sort) as CSV, JSON or BibTeX; at most 10,000 papers.");
        return app;
    }

    private static Results<PushStreamHttpResult, ValidationProblem> Export(
        [AsParameters] PaperQuery query, string? format, ExportPapers export, CancellationToken cancellation)
    {
        var (criteria, errors) = query.Parse();
        if (!Enum.TryParse<ExportFormat>(format ?? "csv", ignoreCase: true, out var chosen) || int.TryParse(format, out _))
        {
            errors["format"] = ["format must be csv, json or bibtex."];
        }

        if (criteria is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The export parameters are not valid.");
        }

        var (contentType, extension) = ExportFormats.Describe(chosen);
        var name = string.Create(CultureInfo.InvariantCulture, $"papercatalog-{DateTime.UtcNow:yyyyMMdd-HHmm}.{extension}");
        return TypedResults.Stream(
            stream => ExportFormats.WriteAsync(chosen, export.PapersAsync(criteria, cancellation), stream, cancellation),
            contentType,
            name);
    }
}
