using Npgsql;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>A paper's search vector is kept in its row, so matching and ranking do not fetch it from TOAST (ADR-011).</summary>
public sealed class SearchVectorStorageTests(PostgresServer server)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Imported_papers_keep_their_search_vectors_in_the_row_but_the_longest(bool bulk)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        _ = bulk ? await catalog.BulkImportAsync(TestPaths.Seeds) : await catalog.ImportAsync(TestPaths.Seeds);

        await using var connection = new NpgsqlConnection(catalog.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var (papers, rowsOverTarget) = await ScalarsAsync(connection, "SELECT count(*), count(*) FILTER (WHERE pg_column_size(p.*) > 4080) FROM papers p");
        var toast = await TextAsync(connection, "SELECT reltoastrelid::regclass::text FROM pg_class WHERE oid = 'papers'::regclass");
        var (toasted, _) = await ScalarsAsync(connection, $"SELECT count(DISTINCT chunk_id), 0 FROM {toast}");

        // At PostgreSQL's default 2 KB target nearly every vector of the seeds went to TOAST.
        Assert.Equal(427, papers);
        Assert.InRange(toasted, 0, rowsOverTarget);
        Assert.InRange(rowsOverTarget, 0, papers / 10);
    }

    private static async Task<(long, long)> ScalarsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        await reader.ReadAsync(TestContext.Current.CancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<string> TextAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
