using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PaperCatalog.Importing;
using PaperCatalog.Web.Features.Accounts;
using PaperCatalog.Web.Hosting;

namespace PaperCatalog.Web.Features.Admin.Imports;

/// <summary>
/// The admin import API: the same queue and pipeline as the admin page. Uploads are form posts
/// with an antiforgery token (GET /api/admin/antiforgery or /api/antiforgery gives one), rate limited per admin;
/// every write needs the token (<see cref="ApiRequests"/>).
/// </summary>
public static class AdminImportEndpoints
{
    public static IEndpointRouteBuilder MapAdminImportEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").RequireAuthorization(AccountSetup.AdminPolicy).RequireAntiforgeryToken().WithTags("Admin");
        admin.MapAntiforgeryToken();
        admin.MapGet("/imports", async (ListImportRuns runs, CancellationToken cancellation) => TypedResults.Ok(await runs.HandleAsync(cancellation)))
            .WithSummary("The import history.");
        // The form post's own antiforgery check would refuse a script signed in by its API token; the group's filter
        // checks the token for the cookie's requests instead.
        admin.MapPost("/imports", UploadAsync)
            .DisableAntiforgery()
            .RequireRateLimiting(SecuritySetup.UploadPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(ImportsPage.MaxFilesPerUpload * ImportOptions.DefaultMaxUploadBytes))
            .WithSummary("Upload dump files for a dry run; confirm it with POST /api/admin/imports/jobs/{id}/confirm.");
        admin.MapGet("/imports/jobs/{id:guid}", (Guid id, ImportQueue queue) =>
            queue.Find(id) is { } job ? (Results<Ok<ImportJobResponse>, NotFound>)TypedResults.Ok(ImportJobResponse.From(job, queue)) : TypedResults.NotFound());
        admin.MapPost("/imports/jobs/{id:guid}/confirm", ConfirmAsync);
        admin.MapPost("/imports/jobs/{id:guid}/cancel", CancelAsync);
        return app;
    }

    private static async Task<Results<Accepted<ImportJobResponse>, ValidationProblem>> UploadAsync(
        IFormFileCollection files, [FromForm] string? referenceDate, ClaimsPrincipal user, ImportQueue queue, AuditLog audit, IOptions<ImportOptions> options)
    {
        var errors = new Dictionary<string, string[]>();
        DateOnly? reference = null;
        if (files.Count is 0 or > ImportsPage.MaxFilesPerUpload)
        {
            errors["files"] = [$"Upload 1 to {ImportsPage.MaxFilesPerUpload} dump files."];
        }

        foreach (var file in files.Where(f => f.Length > options.Value.MaxFileBytes))
        {
            errors[file.FileName] = [$"{file.FileName} is over the {options.Value.MaxFileBytes / 1024 / 1024} MB limit and was not read."];
        }

        if (!string.IsNullOrEmpty(referenceDate))
        {
            if (DateOnly.TryParseExact(referenceDate, "yyyy-MM-dd", out var parsed))
            {
                reference = parsed;
            }
            else
            {
                errors["referenceDate"] = ["referenceDate must be a date as yyyy-MM-dd."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The upload was refused.");
        }

        var inputs = new List<DumpInput>();
        foreach (var file in files)
        {
            using var bytes = new MemoryStream((int)file.Length);
            await file.CopyToAsync(bytes);
            inputs.Add(DumpInput.FromBytes(file.FileName, bytes.ToArray()));
        }

        var job = queue.EnqueueDryRun(inputs, reference, user.Identity!.Name!);
        await audit.WriteAsync(job.RequestedBy, "import.dry-run-requested", string.Join(", ", job.FileNames), "API upload");
        return TypedResults.Accepted($"/api/admin/imports/jobs/{job.Id}", ImportJobResponse.From(job, queue));
    }

    private static async Task<Results<Accepted<ImportJobResponse>, ProblemHttpResult>> ConfirmAsync(Guid id, ClaimsPrincipal user, ImportQueue queue, AuditLog audit)
    {
        if (queue.Find(id) is null)
        {
            return UnknownJob(id);
        }

        if (queue.Confirm(id, user.Identity!.Name!) is not { } run)
        {
            return Refused("The job cannot be confirmed", "Only a finished, successful dry run that was neither confirmed nor cancelled can be confirmed.");
        }

        await audit.WriteAsync(run.RequestedBy, "import.confirmed", string.Join(", ", run.FileNames), $"dry run {id}");
        return TypedResults.Accepted($"/api/admin/imports/jobs/{run.Id}", ImportJobResponse.From(run, queue));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CancelAsync(Guid id, ClaimsPrincipal user, ImportQueue queue, AuditLog audit)
    {
        if (queue.Find(id) is null)
        {
            return UnknownJob(id);
        }

        if (!queue.Cancel(id))
        {
            return Refused("The job cannot be cancelled", "Only a finished, successful dry run can be cancelled.");
        }

        await audit.WriteAsync(user.Identity!.Name!, "import.cancelled", id.ToString());
        return TypedResults.NoContent();
    }

    // The queue keeps jobs in memory only, so a job from before a restart is unknown too.
    private static ProblemHttpResult UnknownJob(Guid id) => TypedResults.Problem(
        $"No import job {id} is known: it never existed, or the app restarted since (GET /api/admin/imports lists past runs).",
        statusCode: StatusCodes.Status404NotFound,
        title: "Import job not found");

    private static ProblemHttpResult Refused(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);
}

/// <summary>A job as the API reports it.</summary>
public sealed record ImportJobResponse(Guid Id, string Kind, string State, IReadOnlyList<string> Files, int Ahead, double Progress, ImportSummary? Summary, Guid? Related, bool Bulk)
{
    public static ImportJobResponse From(ImportJob job, ImportQueue queue) => new(
        job.Id, job.Kind.ToString(), job.State.ToString(), job.FileNames, job.State == ImportJobState.Queued ? queue.Ahead(job) : 0,
        job.IsFinished ? 1 : job.Progress?.Fraction ?? 0, job.Summary, job.Related, job.Bulk);
}
