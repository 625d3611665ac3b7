using Npgsql;
using PaperCatalog.Domain.Papers;
using PaperCatalog.Importing;
using PaperCatalog.Ingestion;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>
/// The seed papers, merged as an import merges them, written straight into a catalog migrated only part way: the
/// importer writes the latest schema, so tests of a later migration cannot import into the older one with it.
/// </summary>
/// <remarks>Only the columns every migration since <c>InitialCatalog</c> has, with keys in the form stored then.</remarks>
internal static class LegacyPapers
{
    public static async Task<int> InsertSeedsAsync(string connectionString)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var reader = new DumpReader(new DumpReadOptions());
        var merger = new RecordMerger(DateTimeOffset.UtcNow);
        foreach (var file in DumpInput.FromPaths([TestPaths.Seeds]))
        {
            foreach (var record in (await reader.ReadFileAsync(file.Path!, cancellation)).Records)
            {
                merger.Merge(record);
            }
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var paper in merger.Added)
        {
            batch.BatchCommands.Add(Insert(paper));
        }

        await batch.ExecuteNonQueryAsync(cancellation);
        return merger.Added.Count;
    }

    private static NpgsqlBatchCommand Insert(Paper paper) => new(
        """
        INSERT INTO papers (title, title_is_derived, title_key, abstract, abstract_key, published_on, published_year_inferred, author_count, organization, upvotes, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), now())
        """)
    {
        Parameters =
        {
            new() { Value = paper.Title },
            new() { Value = paper.TitleIsDerived },
            new() { Value = paper.TitleIsDerived ? DBNull.Value : PaperKeys.Fold(paper.Title) },
            new() { Value = paper.Abstract },
            new() { Value = paper.AbstractKey.ToString("N") },
            new() { Value = paper.PublishedOn is { } date ? date : DBNull.Value },
            new() { Value = paper.PublishedYearInferred },
            new() { Value = paper.AuthorCount is { } count ? count : DBNull.Value },
            new() { Value = paper.Organization is { } organization ? organization : DBNull.Value },
            new() { Value = paper.Upvotes },
        },
    };
}
