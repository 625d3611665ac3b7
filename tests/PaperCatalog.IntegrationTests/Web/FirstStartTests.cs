using Microsoft.EntityFrameworkCore;
using Npgsql;
using PaperCatalog.Data;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Web;

/// <summary>The app migrates its database and imports the bundled seeds the first time it starts.</summary>
public sealed class FirstStartTests(PostgresServer server)
{
    [Fact]
    public async Task The_first_start_imports_the_seeds_and_the_papers_page_shows_them()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        using var client = app.CreateClient();

        var page = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains(">427 papers<", page, StringComparison.Ordinal);
        Assert.Contains("KORE: Enhancing Knowledge Injection for Large Multimodal Models", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_start_does_not_import_again()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using (var first = new CatalogAppFactory(connectionString))
        {
            first.CreateClient().Dispose();
        }

        await using (var second = new CatalogAppFactory(connectionString))
        {
            second.CreateClient().Dispose();
        }

        await using var db = new CatalogDbContext(CatalogDbContextOptions.For(connectionString));
        Assert.Equal(["first-start"], await db.ImportRuns.Select(r => r.RequestedBy).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Startup_applies_the_ef_core_migrations_to_an_empty_database()
    {
        var empty = await CreateEmptyDatabaseAsync();
        await using var app = new CatalogAppFactory(empty, importSeeds: false);
        app.CreateClient().Dispose();

        await using var db = new CatalogDbContext(CatalogDbContextOptions.For(empty));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Contains("20261123092949_InitialCatalog", await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }

    private async Task<string> CreateEmptyDatabaseAsync()
    {
        var template = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync());
        var name = template.Database + "_empty";
        await using (var admin = new NpgsqlConnection(template.ConnectionString))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(template.ConnectionString) { Database = name }.ConnectionString;
    }
}
