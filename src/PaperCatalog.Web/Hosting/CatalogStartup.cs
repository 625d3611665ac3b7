using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PaperCatalog.Data;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Importing;
using PaperCatalog.LocalPostgres;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.Web.Hosting;

/// <summary>Readies the catalog before the app takes requests: migrations, then the first-start import.</summary>
internal static class CatalogStartup
{
    public static async Task PrepareCatalogAsync(this WebApplication app)
    {
        var connection = app.Services.GetRequiredService<CatalogConnection>();
        await CatalogPreparation.PrepareAsync(connection.ConnectionString, app.Services.GetRequiredService<TimeProvider>());

        await AdminBootstrap.EnsureAdminAsync(app.Services, app.Configuration, app.Logger);

        var seeds = app.Services.GetRequiredService<IOptions<SeedOptions>>().Value;
        if (seeds.ImportSeedsOnFirstStart && !await HasSucceededImportAsync(app.Services))
        {
            await ImportSeedsAsync(app, seeds);
        }
    }

    private static async Task<bool> HasSucceededImportAsync(IServiceProvider services)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.ImportRuns.AnyAsync(r => r.Status == ImportStatus.Succeeded);
    }

    private static async Task ImportSeedsAsync(WebApplication app, SeedOptions seeds)
    {
        var folder = Path.Combine(app.Environment.ContentRootPath, seeds.SeedDirectory);
        if (!Directory.Exists(folder))
        {
            app.Logger.LogWarning("No seed folder at {Folder}; the catalog starts empty", folder);
            return;
        }

        app.Logger.LogInformation("First start: importing the seed dumps in {Folder}", folder);
        var importer = app.Services.GetRequiredService<CatalogImporter>();
        var summary = await importer.ImportAsync(new ImportRequest(DumpInput.FromPaths([folder]), "first-start"));
        if (summary.Error is { } error)
        {
            app.Logger.LogError("The seed import failed, the catalog starts empty: {Error}", error);
        }
    }
}
