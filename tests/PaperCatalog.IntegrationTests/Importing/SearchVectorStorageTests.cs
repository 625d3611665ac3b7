using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using PaperCatalog.Data;
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

        await AssertVectorsInRowsAsync(catalog.ConnectionString);
    }

    [Fact]
    public async Task The_migration_moves_the_vectors_of_papers_imported_before_it_into_their_rows()
    {
        var connectionString = await server.CreateEmptyDatabaseAsync();
        await using (var db = new CatalogDbContext(CatalogDbContextOptions.For(connectionString)))
        {
            await db.GetService<IMigrator>().MigrateAsync("Accounts", TestContext.Current.CancellationToken);
        }

        Assert.Equal(427, await LegacyPapers.InsertSeedsAsync(connectionString));
        Assert.InRange(await ToastedValuesAsync(connectionString), 400, 427);

        await CatalogDatabase.MigrateAsync(connectionString, TestContext.Current.CancellationToken);

        await AssertVectorsInRowsAsync(connectionString);
    }

    // At PostgreSQL's default 2 KB target nearly every seed paper's vector went to TOAST.
    private static async Task AssertVectorsInRowsAsync(string connectionString)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = new NpgsqlCommand("SELECT count(*), count(*) FILTER (WHERE pg_column_size(p.*) > 4080) FROM papers p", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        await reader.ReadAsync(TestContext.Current.CancellationToken);
        var (papers, rowsOverTarget) = (reader.GetInt64(0), reader.GetInt64(1));

        Assert.Equal(427, papers);
        Assert.InRange(await ToastedValuesAsync(connectionString), 0, rowsOverTarget);
        Assert.InRange(rowsOverTarget, 0, papers / 10);
    }

    private static async Task<long> ToastedValuesAsync(string connectionString)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var name = new NpgsqlCommand("SELECT reltoastrelid::regclass::text FROM pg_class WHERE oid = 'papers'::regclass", connection);
        var toast = (string)(await name.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        await using var count = new NpgsqlCommand($"SELECT count(DISTINCT chunk_id) FROM {toast}", connection);
        return (long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
