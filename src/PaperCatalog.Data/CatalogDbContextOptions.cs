using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PaperCatalog.Data;

/// <summary>The one place the catalog's EF Core provider settings are made, for the app, the CLI and the tests.</summary>
public static class CatalogDbContextOptions
{
    /// <summary>Configures <paramref name="builder"/> for the catalog database at <paramref name="connectionString"/>.</summary>
    public static DbContextOptionsBuilder UseCatalogDatabase(this DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();

    /// <summary>Options for a context made by hand, outside dependency injection.</summary>
    public static DbContextOptions<CatalogDbContext> For(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        builder.UseCatalogDatabase(connectionString);
        return builder.Options;
    }

    /// <summary>A connection string with the catalog's defaults filled in where it leaves them out.</summary>
    public static string Normalize(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "PaperCatalog";
        }

        return builder.ConnectionString;
    }
}
