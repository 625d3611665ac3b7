using Microsoft.EntityFrameworkCore;
using Npgsql;
using PaperCatalog.Data;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>Contexts over one data source, so that a test sees every statement they send (<see cref="StatementLog"/>).</summary>
internal sealed class DataSourceContexts(NpgsqlDataSource dataSource) : IDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<CatalogDbContext>().UseNpgsql(dataSource).UseSnakeCaseNamingConvention().Options);
}
