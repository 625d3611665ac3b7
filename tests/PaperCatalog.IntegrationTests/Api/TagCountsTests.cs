using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PaperCatalog.Data.Tags;
using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;
using PaperCatalog.Web.Features.Tags;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>The techniques page's counts: read from the tagged papers' index, kept until any write commits.</summary>
[Collection(SnapshotCacheCollection.Name)]
public sealed class TagCountsTests(PostgresServer server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_counts_are_answered_from_the_cache_until_a_tag_change_commits()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        var tags = app.Services.GetRequiredService<ListTags>();

        var (first, again) = await SnapshotCacheCollection.ReadTwiceAsync(() => tags.HandleAsync(Cancellation));
        await CatalogSql.ExecuteAsync(app.ConnectionString, """
            UPDATE paper_tags SET is_rejected = true
            WHERE (paper_id, tag_id) = (SELECT pt.paper_id, pt.tag_id FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id
                                        WHERE t.slug = 'distillation' AND NOT pt.is_rejected ORDER BY pt.paper_id LIMIT 1)
            """);
        var afterWrite = await tags.HandleAsync(Cancellation);

        Assert.Same(first, again);
        Assert.Equal(Count(first, "distillation") - 1, Count(afterWrite, "distillation"));
        Assert.Equal(Count(first, "transfer-learning"), Count(afterWrite, "transfer-learning"));
    }

    [Fact]
    public async Task Counting_tagged_papers_per_year_can_read_the_tagged_papers_index_alone()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        _ = app.Services;
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Cancellation);
        await ExecuteAsync(connection, "VACUUM ANALYZE papers");

        // On 427 papers a sequential scan is cheapest; forbidding it shows whether the query can use the index at all,
        // which it can only when its WHERE clause implies the index's predicate.
        await ExecuteAsync(connection, "SET enable_seqscan = off; SET enable_bitmapscan = off");
        await using var explain = new NpgsqlCommand($"EXPLAIN {TagYearCounts.Sql}", connection);
        var plan = string.Join('\n', await ReadLinesAsync(explain));

        Assert.Contains("Index Only Scan using ix_papers_tagged_by_year", plan, StringComparison.Ordinal);
    }

    private static int Count(IReadOnlyList<TagSummary> tags, string slug) => tags.Single(t => t.Slug == slug).PaperCount;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Cancellation);
    }

    private static async Task<List<string>> ReadLinesAsync(NpgsqlCommand command)
    {
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        while (await reader.ReadAsync(Cancellation))
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
