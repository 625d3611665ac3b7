using PaperCatalog.Data.Search;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>For tests of what only a catalog with the RUM index does.</summary>
internal static class RumCatalog
{
    /// <summary>Skips the test when the catalog has no RUM index: its server lacks the extension (the Testcontainers image).</summary>
    public static async Task SkipUnlessIndexedAsync(string connectionString)
    {
        await using var connection = await CatalogSql.OpenAsync(connectionString);
        Assert.SkipUnless(await RumIndex.IsPresentAsync(connection, TestContext.Current.CancellationToken), "This server has no RUM extension (the Testcontainers image); the local cluster has it.");
    }
}
