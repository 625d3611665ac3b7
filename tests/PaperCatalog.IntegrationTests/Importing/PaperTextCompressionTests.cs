using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>A paper's long values are compressed with lz4, which also compresses what pglz left whole (ADR-023).</summary>
public sealed class PaperTextCompressionTests(PostgresServer server)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Imported_papers_too_long_for_their_row_are_compressed_with_lz4(bool bulk)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        _ = bulk ? await catalog.BulkImportAsync(TestPaths.Seeds) : await catalog.ImportAsync(TestPaths.Seeds);

        Assert.InRange(await CompressedValuesAsync(catalog.ConnectionString, "lz4"), 1, 427 * 3);
        Assert.Equal(0, await CompressedValuesAsync(catalog.ConnectionString, "pglz"));
    }

    private static Task<long> CompressedValuesAsync(string connectionString, string method) =>
        CatalogSql.ScalarAsync(
            connectionString,
            $"""
            SELECT count(*) FILTER (WHERE pg_column_compression(title) = '{method}')
                 + count(*) FILTER (WHERE pg_column_compression(abstract) = '{method}')
                 + count(*) FILTER (WHERE pg_column_compression(search_vector) = '{method}')
            FROM papers
            """);
}
