using Microsoft.EntityFrameworkCore.Design;

namespace PaperCatalog.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running database.</summary>
internal sealed class DesignTimeCatalogDbContextFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) =>
        new(CatalogDbContextOptions.For("Host=localhost;Database=papercatalog_design"));
}
