using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>
/// Every paper's search vector is <c>paper_search_vector</c> over its own text: brought computed ahead by the
/// bulk import, computed by the triggers for every other writer.
/// </summary>
public sealed class SearchVectorComputationTests(PostgresServer server)
{
    private const string Stale = "search_vector IS DISTINCT FROM paper_search_vector(title, title_is_derived, abstract)";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Imported_papers_have_the_vectors_of_their_text(bool bulk)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        _ = bulk ? await catalog.BulkImportAsync(TestPaths.Seeds) : await catalog.ImportAsync(TestPaths.Seeds);

        Assert.Equal((427L, 0L), await CountAsync(catalog.ConnectionString, Stale));
    }

    [Fact]
    public async Task The_bulk_import_brings_the_vectors_it_computed_ahead_instead_of_leaving_them_to_the_trigger()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await CatalogSql.ExecuteAsync(catalog.ConnectionString, "ALTER TABLE papers DISABLE TRIGGER papers_search_vector_inserted");

        await catalog.BulkImportAsync(TestPaths.Seeds);

        Assert.Equal((427L, 0L), await CountAsync(catalog.ConnectionString, $"search_vector IS NULL OR {Stale}"));
        Assert.Equal(0, (await catalog.LeftoversAsync()).StagingTables);
    }

    [Fact]
    public async Task A_bulk_import_cancelled_while_it_tags_stops_its_vectors_writes_nothing_and_leaves_no_table()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var importer = new BulkImporter(catalog, Options.Create(new ImportOptions()), TimeProvider.System, NullLogger<BulkImporter>.Instance);
        var cancelWhenTaggingStarts = new ReportTo(p =>
        {
            if (p.Stage == ImportStage.Tagging)
            {
                cancel.Cancel();
            }
        });

        var summary = await importer.ImportAsync(new BulkImportRequest(DumpInput.FromPaths([TestPaths.Seeds]), "test"), cancelWhenTaggingStarts, cancel.Token)
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal((ImportStatus.Failed, "the import was cancelled"), (summary.Status, summary.Error));
        Assert.Equal((0, 0), await catalog.LeftoversAsync());
    }

    [Fact]
    public async Task Changing_a_papers_text_or_writing_its_vector_directly_leaves_the_vector_of_its_text()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);

        await CatalogSql.ExecuteAsync(
            catalog.ConnectionString,
            """
            UPDATE papers SET title = title || ' revisited' WHERE id % 3 = 0;
            UPDATE papers SET abstract = 'Nothing but otters.' WHERE id % 3 = 1;
            UPDATE papers SET search_vector = 'forged'::tsvector WHERE id % 3 = 2;
            INSERT INTO papers (title, title_is_derived, title_key, abstract, abstract_key, published_year_inferred, upvotes, created_at, updated_at)
            VALUES ('Otters at scale', false, md5('otters at scale')::uuid, 'We count otters.', md5('k-otters')::uuid, false, 0, now(), now());
            """);

        Assert.Equal((428L, 0L), await CountAsync(catalog.ConnectionString, Stale));
        Assert.Equal((428L, 0L), await CountAsync(catalog.ConnectionString, "search_vector @@ 'forged'::tsquery"));
        var otters = await CountAsync(catalog.ConnectionString, "abstract = 'Nothing but otters.' OR title = 'Otters at scale'");
        Assert.Equal(otters, await CountAsync(catalog.ConnectionString, "search_vector @@ 'otter'::tsquery"));
        Assert.InRange(otters.Matching, 100, 428);
    }

    private static async Task<(long Papers, long Matching)> CountAsync(string connectionString, string condition)
    {
        await using var connection = await CatalogSql.OpenAsync(connectionString);
        await using var command = new NpgsqlCommand($"SELECT count(*), count(*) FILTER (WHERE {condition}) FROM papers", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        await reader.ReadAsync(TestContext.Current.CancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
