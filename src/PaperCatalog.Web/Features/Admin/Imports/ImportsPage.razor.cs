using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using MudBlazor;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Importing;
using PaperCatalog.Web.Components.Shared;
using PaperCatalog.Web.Features.Accounts;
using PaperCatalog.Web.Hosting;

namespace PaperCatalog.Web.Features.Admin.Imports;

/// <summary>
/// Re-import from the browser: upload dumps (or pick the bundled seeds), see the dry run, then
/// confirm or cancel. The job runs in the background; the page follows it live and finds it
/// again after a reload through the <c>job</c> query parameter.
/// </summary>
public partial class ImportsPage : IDisposable
{
    public const int MaxFilesPerUpload = 20;

    [Inject] private ImportQueue Queue { get; set; } = default!;
    [Inject] private CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private AuditLog Audit { get; set; } = default!;
    [Inject] private UploadRateLimiter UploadLimiter { get; set; } = default!;
    [Inject] private ListImportRuns History { get; set; } = default!;
    [Inject] private ChangeAttempts Attempts { get; set; } = default!;
    [Inject] private IOptions<ImportOptions> ImportOptions { get; set; } = default!;
    [Inject] private IOptions<SeedOptions> SeedOptions { get; set; } = default!;
    [Inject] private IWebHostEnvironment Environment { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The job the page follows.</summary>
    [SupplyParameterFromQuery(Name = "job")]
    public Guid? JobId { get; set; }

    private IReadOnlyList<ImportRunView> _runs = [];
    private MudFileUpload<IReadOnlyList<IBrowserFile>> _upload = default!;
    private IReadOnlyList<IBrowserFile> _chosen = [];
    private DateTime? _referenceDate;
    private readonly List<string> _problems = [];
    private bool _busy;

    private ImportJob? Job => JobId is { } id ? Queue.Find(id) : null;

    private long MaxFileBytes => ImportOptions.Value.MaxFileBytes;

    protected override async Task OnInitializedAsync()
    {
        Queue.Changed += OnJobChanged;
        _runs = await History.HandleAsync(CancellationToken.None);
    }

    public void Dispose() => Queue.Changed -= OnJobChanged;

    private void OnJobChanged(ImportJob job)
    {
        if (job.Id == JobId || job.Related == JobId)
        {
            _ = InvokeAsync(async () =>
            {
                if (job.IsFinished && job.Kind == ImportJobKind.Import)
                {
                    // Outside any event the error boundary sees: a history that cannot be read now keeps the runs
                    // listed before, and the job's panel still shows how it ended.
                    var (runs, _) = await Attempts.RunAsync("Refreshing the import history", () => History.HandleAsync(CancellationToken.None));
                    _runs = runs ?? _runs;
                }

                StateHasChanged();
            });
        }
    }

    private void OnFilesChosen(IReadOnlyList<IBrowserFile>? files)
    {
        _problems.Clear();
        _chosen = files ?? [];
        foreach (var file in _chosen.Where(f => f.Size > MaxFileBytes))
        {
            _problems.Add($"{file.Name} is {Megabytes(file.Size)}, over the {Megabytes(MaxFileBytes)} limit: it cannot be imported.");
        }
    }

    private async Task DryRunUploadAsync()
    {
        if (_chosen.Count == 0 || _problems.Count > 0 || await ActingAdminAsync() is not { } admin || !WithinRateLimit(admin))
        {
            return;
        }

        _busy = true;
        try
        {
            var inputs = new List<DumpInput>();
            foreach (var file in _chosen)
            {
                // Sizes were checked when the files were chosen; nothing larger is read into memory.
                await using var stream = file.OpenReadStream(MaxFileBytes);
                using var bytes = new MemoryStream((int)file.Size);
                await stream.CopyToAsync(bytes);
                inputs.Add(DumpInput.FromBytes(file.Name, bytes.ToArray()));
            }

            await StartDryRunAsync(inputs, admin, "uploaded files");
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task DryRunSeedsAsync()
    {
        if (await ActingAdminAsync() is { } admin)
        {
            var folder = Path.Combine(Environment.ContentRootPath, SeedOptions.Value.SeedDirectory);
            await StartDryRunAsync(DumpInput.FromPaths([folder]), admin, "bundled seeds");
        }
    }

    private async Task StartDryRunAsync(IReadOnlyList<DumpInput> inputs, CatalogUser admin, string what)
    {
        var reference = _referenceDate is { } date ? DateOnly.FromDateTime(date) : (DateOnly?)null;
        var job = Queue.EnqueueDryRun(inputs, reference, admin.UserName!);
        await Audit.WriteAsync(admin.UserName!, "import.dry-run-requested", string.Join(", ", job.FileNames), what + (reference is null ? "" : $", reference date {reference:yyyy-MM-dd}"));
        _chosen = [];
        // The files are sent: the picker starts over, rather than list files the dry run button no longer has.
        await _upload.ClearAsync();
        Navigation.NavigateTo($"/admin/imports?job={job.Id}");
    }

    private async Task ConfirmAsync()
    {
        if (Job is { } dryRun && await ActingAdminAsync() is { } admin && Queue.Confirm(dryRun.Id, admin.UserName!) is { } run)
        {
            await Audit.WriteAsync(admin.UserName!, "import.confirmed", string.Join(", ", run.FileNames), $"dry run {dryRun.Id}: {dryRun.Summary?.Added} to add, {dryRun.Summary?.Updated} to update");
            Navigation.NavigateTo($"/admin/imports?job={run.Id}");
        }
    }

    private async Task CancelAsync()
    {
        if (Job is { } dryRun && await ActingAdminAsync() is { } admin && Queue.Cancel(dryRun.Id))
        {
            await Audit.WriteAsync(admin.UserName!, "import.cancelled", string.Join(", ", dryRun.FileNames));
        }
    }

    // Checked against the database at the moment of the click: a removed role stops here at once.
    private async Task<CatalogUser?> ActingAdminAsync()
    {
        var admin = await CurrentUser.InRoleAsync(CatalogRoles.Admin);
        if (admin is null)
        {
            _problems.Add("Your account is no longer an admin; nothing was done.");
        }

        return admin;
    }

    private bool WithinRateLimit(CatalogUser admin)
    {
        if (UploadLimiter.TryAcquire(admin.UserName!))
        {
            return true;
        }

        _problems.Add("Too many uploads in the last minute; wait a moment and try again.");
        return false;
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
