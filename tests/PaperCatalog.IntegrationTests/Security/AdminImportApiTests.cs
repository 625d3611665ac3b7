using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Testing;
using PaperCatalog.Web.Features.Admin.Imports;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>Re-import through the admin API: dry run, confirm, history, limits and refusals.</summary>
public sealed class AdminImportApiTests(PostgresServer server)
{
    private static readonly byte[] TwoPapers = Encoding.UTF8.GetBytes(
        "Get trending papers in your email inbox!\nSubscribeZebra Routing: A Mixture of Experts for Striped Data\n" +
        "We route striped inputs to sparse experts and show that a mixture-of-experts layer beats dense baselines on every zebra benchmark.\n" +
        "Quokka Distillation for Tiny Students\nWe distill a large teacher into a tiny student network with knowledge distillation and keep its accuracy.\n");

    [Fact]
    public async Task The_dry_run_reports_what_the_confirmed_run_then_does_and_both_are_recorded()
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync());
        var admin = await app.SignedInAsync(SecureCatalog.AdminEmail);

        var upload = await SecureCatalog.UploadAsync(admin, ("two.txt", TwoPapers));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var dryRun = await SecureCatalog.WaitForAsync(admin, (await upload.Content.ReadFromJsonAsync<ImportJobResponse>(TestContext.Current.CancellationToken))!.Id);
        Assert.Equal(0, await PaperCountAsync(app));

        var confirm = await SecureCatalog.PostAsync(admin, $"/api/admin/imports/jobs/{dryRun.Id}/confirm");
        Assert.Equal(HttpStatusCode.Accepted, confirm.StatusCode);
        var run = await SecureCatalog.WaitForAsync(admin, (await confirm.Content.ReadFromJsonAsync<ImportJobResponse>(TestContext.Current.CancellationToken))!.Id);

        Assert.Equal("Succeeded", run.State);
        Assert.Equal((2, 0, 0), (dryRun.Summary!.Added, dryRun.Summary.Updated, dryRun.Summary.Rejected));
        Assert.Equal((dryRun.Summary.Added, dryRun.Summary.Updated, dryRun.Summary.Unchanged), (run.Summary!.Added, run.Summary.Updated, run.Summary.Unchanged));
        Assert.Equal(dryRun.Summary.Changes.Select(c => c.Title), run.Summary.Changes.Select(c => c.Title));
        Assert.Equal(2, await PaperCountAsync(app));

        var history = await admin.GetFromJsonAsync<List<ImportRunView>>("/api/admin/imports", TestContext.Current.CancellationToken);
        var recorded = Assert.Single(history!, h => h.Id == run.Summary.RunId);
        Assert.Equal((SecureCatalog.AdminEmail, 2), (recorded.RequestedBy, recorded.Added));
        Assert.Matches("^[0-9a-f]{64}$", Assert.Single(recorded.Files).Checksum);
        Assert.Equal(["import.completed", "import.confirmed", "import.dry-run-requested"], await AuditActionsAsync(app, "import."));
    }

    [Fact]
    public async Task An_upload_as_large_as_the_bulk_threshold_takes_the_bulk_path_and_ends_in_the_same_papers_and_tags_as_one_byte_smaller()
    {
        var bulk = await ImportWithBulkThresholdAsync(TwoPapers.Length);
        var standard = await ImportWithBulkThresholdAsync(TwoPapers.Length + 1);

        // Only the bulk path times its phases (load, match, tag, write, analyze).
        Assert.Equal((true, true, true), (bulk.DryRun.Bulk, bulk.Run.Bulk, bulk.Run.Summary!.Phases.Any(p => p.Key == "load")));
        Assert.Equal((false, false, false), (standard.DryRun.Bulk, standard.Run.Bulk, standard.Run.Summary!.Phases.Any(p => p.Key == "load")));
        Assert.Equal(("Succeeded", 2, 2), (bulk.Run.State, bulk.DryRun.Summary!.Added, bulk.Run.Summary.Added));
        Assert.Contains("Quokka Distillation for Tiny Students: distillation", bulk.Tags);
        Assert.Contains("Zebra Routing: A Mixture of Experts for Striped Data: mixture-of-experts", bulk.Tags);
        Assert.Equal(standard.Tags, bulk.Tags);
    }

    private async Task<(ImportJobResponse DryRun, ImportJobResponse Run, List<string> Tags)> ImportWithBulkThresholdAsync(int bulkFromBytes)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync(), new Dictionary<string, string> { ["Import:BulkFromBytes"] = bulkFromBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var admin = await app.SignedInAsync(SecureCatalog.AdminEmail);
        var dryRun = await DryRunAsync(admin, ("two.txt", TwoPapers));
        Assert.Equal(0, await PaperCountAsync(app));

        var confirm = await SecureCatalog.PostAsync(admin, $"/api/admin/imports/jobs/{dryRun.Id}/confirm");
        var run = await SecureCatalog.WaitForAsync(admin, (await confirm.Content.ReadFromJsonAsync<ImportJobResponse>(cancellation))!.Id);
        await using var db = new CatalogDbContext(CatalogDbContextOptions.For(app.ConnectionString));
        var tags = await db.PaperTags.Join(db.Papers, t => t.PaperId, p => p.Id, (t, p) => p.Title + ": " + t.Tag!.Slug + (t.IsRejected ? " (rejected)" : ""))
            .OrderBy(t => t).ToListAsync(cancellation);
        return (dryRun, run, tags);
    }

    [Fact]
    public async Task A_confirmed_dry_run_cannot_be_confirmed_twice_and_a_cancelled_one_writes_nothing()
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync());
        var admin = await app.SignedInAsync(SecureCatalog.AdminEmail);
        var dryRun = await DryRunAsync(admin, ("two.txt", TwoPapers));

        Assert.Equal(HttpStatusCode.NoContent, (await SecureCatalog.PostAsync(admin, $"/api/admin/imports/jobs/{dryRun.Id}/cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await SecureCatalog.PostAsync(admin, $"/api/admin/imports/jobs/{dryRun.Id}/confirm")).StatusCode);
        Assert.Equal(0, await PaperCountAsync(app));
    }

    [Theory]
    [InlineData("image.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02 }, "the file is binary")]
    [InlineData("notes.txt", new byte[] { 0x68, 0x69, 0x0A, 0x74, 0x68, 0x65, 0x72, 0x65, 0x0A }, "unknown format")]
    public async Task A_binary_or_unknown_file_is_refused_with_its_reason_and_nothing_can_be_written(string name, byte[] bytes, string reason)
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync());
        var admin = await app.SignedInAsync(SecureCatalog.AdminEmail);

        var dryRun = await DryRunAsync(admin, ("two.txt", TwoPapers), (name, bytes));

        Assert.Equal("Failed", dryRun.State);
        Assert.Contains(name, dryRun.Summary!.Error, StringComparison.Ordinal);
        Assert.Contains(reason, dryRun.Summary.Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await SecureCatalog.PostAsync(admin, $"/api/admin/imports/jobs/{dryRun.Id}/confirm")).StatusCode);
        Assert.Equal(0, await PaperCountAsync(app));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_unread()
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync(), new Dictionary<string, string> { ["Import:MaxFileBytes"] = "100" });
        var admin = await app.SignedInAsync(SecureCatalog.AdminEmail);

        var upload = await SecureCatalog.UploadAsync(admin, ("big.txt", TwoPapers));

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Contains("big.txt is over the 0 MB limit", await upload.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_uploads_in_a_minute_get_429()
    {
        await using var app = new SecureCatalog(await server.CreateDatabaseAsync(), new Dictionary<string, string> { ["Security:UploadsPerMinute"] = "2" });
        var admin = await app.SignedInAsync(SecureCatalog.AdminEmail);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await SecureCatalog.UploadAsync(admin, ("two.txt", TwoPapers))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<ImportJobResponse> DryRunAsync(HttpClient admin, params (string, byte[])[] files)
    {
        var upload = await SecureCatalog.UploadAsync(admin, files);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        return await SecureCatalog.WaitForAsync(admin, (await upload.Content.ReadFromJsonAsync<ImportJobResponse>(TestContext.Current.CancellationToken))!.Id);
    }

    private static async Task<int> PaperCountAsync(SecureCatalog app)
    {
        await using var db = new CatalogDbContext(CatalogDbContextOptions.For(app.ConnectionString));
        return await db.Papers.CountAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<List<string>> AuditActionsAsync(SecureCatalog app, string prefix)
    {
        await using var db = new CatalogDbContext(CatalogDbContextOptions.For(app.ConnectionString));
        return await db.AuditLog.Where(e => e.Action.StartsWith(prefix)).OrderByDescending(e => e.Id).Select(e => e.Action).ToListAsync(TestContext.Current.CancellationToken);
    }
}
