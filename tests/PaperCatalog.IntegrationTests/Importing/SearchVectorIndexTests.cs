using Npgsql;
using PaperCatalog.Data.Search;
using PaperCatalog.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>The search vector has one index: RUM where the server offers it, GIN where it does not (ADR-016).</summary>
public sealed class SearchVectorIndexTests(PostgresServer server)
{
    [Fact]
    public async Task A_catalog_that_had_both_indexes_keeps_only_RUM_after_preparing()
    {
        var connectionString = await server.CreateDatabaseAsync();
        Assert.SkipUnless(await RumAvailableAsync(connectionString), "This server has no RUM extension (the Testcontainers image); the local cluster has it.");
        // What every catalog migrated before OneTextIndex had.
        await CatalogSql.ExecuteAsync(connectionString, $"CREATE INDEX {RumIndex.GinName} ON papers USING gin (search_vector)");

        await PrepareAsync(connectionString);

        Assert.Equal([$"{RumIndex.Name} rum"], await SearchVectorIndexesAsync(connectionString));
    }

    [Fact]
    public async Task A_catalog_whose_owner_may_not_create_RUM_gets_the_GIN_index_instead()
    {
        var adminConnectionString = await server.CreateEmptyDatabaseAsync();
        var database = new NpgsqlConnectionStringBuilder(adminConnectionString).Database;
        var role = "catalog_owner_" + Guid.NewGuid().ToString("N")[..8];
        await CatalogSql.ExecuteAsync(adminConnectionString, $"CREATE ROLE {role} LOGIN PASSWORD '{role}'; ALTER DATABASE {database} OWNER TO {role}");
        var ownerConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Username = role, Password = role }.ConnectionString;

        await PrepareAsync(ownerConnectionString);

        Assert.Equal([$"{RumIndex.GinName} gin"], await SearchVectorIndexesAsync(adminConnectionString));
    }

    private static async Task<bool> RumAvailableAsync(string connectionString) =>
        await CatalogSql.ScalarAsync(connectionString, "SELECT count(*) FROM pg_available_extensions WHERE name = 'rum'") > 0;

    private static Task PrepareAsync(string connectionString) =>
        CatalogPreparation.PrepareAsync(connectionString, TimeProvider.System, TestContext.Current.CancellationToken);

    private static async Task<List<string>> SearchVectorIndexesAsync(string connectionString)
    {
        await using var connection = await CatalogSql.OpenAsync(connectionString);
        await using var command = new NpgsqlCommand(
            """
            SELECT i.relname || ' ' || am.amname
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_am am ON am.oid = i.relam
            JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY(x.indkey)
            WHERE x.indrelid = 'papers'::regclass AND a.attname = 'search_vector'
            ORDER BY 1
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var indexes = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            indexes.Add(reader.GetString(0));
        }

        return indexes;
    }
}
