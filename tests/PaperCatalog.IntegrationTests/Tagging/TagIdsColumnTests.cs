using Microsoft.EntityFrameworkCore;
using Npgsql;
using PaperCatalog.Domain.Tags;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Tagging;

/// <summary>papers.tag_ids, which search filters by (ADR-013), always holds the paper's applied tags from paper_tags.</summary>
public sealed class TagIdsColumnTests(PostgresServer server)
{
    // Papers whose stored ids differ from their applied (not rejected) tag rows.
    private const string Mismatches =
        """
        SELECT count(*) FROM papers p
        WHERE p.tag_ids IS DISTINCT FROM coalesce((SELECT array_agg(pt.tag_id ORDER BY pt.tag_id) FROM paper_tags pt WHERE pt.paper_id = p.id AND NOT pt.is_rejected), '{}')
        """;

    [Fact]
    public async Task Both_import_paths_store_every_papers_tag_ids()
    {
        var standard = await CatalogFixture.CreateAsync(server);
        var bulk = await CatalogFixture.CreateAsync(server);

        await standard.ImportAsync(TestPaths.Seeds);
        await bulk.BulkImportAsync(TestPaths.Seeds);

        foreach (var catalog in new[] { standard, bulk })
        {
            Assert.Equal(0L, await CatalogSql.ScalarAsync(catalog.ConnectionString, Mismatches));
            Assert.True(await CatalogSql.ScalarAsync(catalog.ConnectionString, "SELECT count(*) FROM papers WHERE cardinality(tag_ids) > 0") > 100);
        }
    }

    [Fact]
    public async Task The_bulk_import_writes_each_new_paper_once_with_its_tag_ids_already_in_it()
    {
        var catalog = await CatalogFixture.CreateAsync(server);

        await catalog.BulkImportAsync(TestPaths.Seeds);

        // A paper rewritten by the triggers after its insert would leave a dead row version behind.
        await CatalogSql.ExecuteAsync(catalog.ConnectionString, "CREATE EXTENSION IF NOT EXISTS pgstattuple");
        Assert.Equal(0L, await CatalogSql.ScalarAsync(catalog.ConnectionString, "SELECT dead_tuple_count FROM pgstattuple('papers')"));
        Assert.Equal(427L, await CatalogSql.ScalarAsync(catalog.ConnectionString, "SELECT tuple_count FROM pgstattuple('papers')"));
    }

    [Fact]
    public async Task Rejecting_adding_removing_and_moving_tag_rows_and_deleting_a_tag_change_the_ids()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.BulkImportAsync(TestPaths.Seeds);
        await using var db = catalog.CreateDbContext();
        var tagged = await db.PaperTags.Where(t => !t.IsRejected).OrderBy(t => t.PaperId).FirstAsync(TestContext.Current.CancellationToken);
        var topic = new Tag { Slug = "benchmarks", Name = "Benchmarks", Description = "A free topic." };
        db.Tags.Add(topic);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        tagged.IsRejected = true;
        db.PaperTags.Add(new PaperTag { PaperId = tagged.PaperId, TagId = topic.Id, Source = TagSource.Manual, UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.Contains(topic.Id, await TagIdsAsync(catalog, tagged.PaperId));
        Assert.DoesNotContain(tagged.TagId, await TagIdsAsync(catalog, tagged.PaperId));

        tagged.IsRejected = false;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.Contains(tagged.TagId, await TagIdsAsync(catalog, tagged.PaperId));

        var untagged = await CatalogSql.ScalarAsync(catalog.ConnectionString, "SELECT min(id) FROM papers WHERE tag_ids = '{}'");
        await CatalogSql.ExecuteAsync(catalog.ConnectionString, $"UPDATE paper_tags SET paper_id = {untagged} WHERE paper_id = {tagged.PaperId} AND tag_id = {topic.Id}");
        Assert.DoesNotContain(topic.Id, await TagIdsAsync(catalog, tagged.PaperId));
        Assert.Equal([topic.Id], await TagIdsAsync(catalog, untagged));

        db.PaperTags.Remove(tagged);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(tagged.TagId, await TagIdsAsync(catalog, tagged.PaperId));

        // Deleting a tag deletes its rows through the foreign key's cascade; the ids follow that too.
        await db.Tags.Where(t => t.Id == topic.Id).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        Assert.Empty(await TagIdsAsync(catalog, untagged));
        Assert.Equal(0L, await CatalogSql.ScalarAsync(catalog.ConnectionString, Mismatches));
    }

    [Fact]
    public async Task Two_editors_tagging_one_paper_at_once_both_end_up_in_its_ids()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.BulkImportAsync(TestPaths.Seeds);
        var paperId = await CatalogSql.ScalarAsync(catalog.ConnectionString, "SELECT min(id) FROM papers WHERE tag_ids = '{}'");
        var tagIds = await TagIdsOfSlugsAsync(catalog, "continual-learning", "domain-adaptation");
        await using var first = await CatalogSql.OpenAsync(catalog.ConnectionString);
        await using var second = await CatalogSql.OpenAsync(catalog.ConnectionString);
        await using var firstTransaction = await first.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using var secondTransaction = await second.BeginTransactionAsync(TestContext.Current.CancellationToken);

        await InsertManualTagAsync(first, paperId, tagIds[0]);
        // The second editor's trigger waits for the first editor's paper row, then reads the tags again.
        var waiting = InsertManualTagAsync(second, paperId, tagIds[1]);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);
        await firstTransaction.CommitAsync(TestContext.Current.CancellationToken);
        await waiting;
        await secondTransaction.CommitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(tagIds.Order(), await TagIdsAsync(catalog, paperId));
    }

    private static async Task InsertManualTagAsync(NpgsqlConnection connection, long paperId, int tagId)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO paper_tags (paper_id, tag_id, source, is_rejected, confidence, updated_at) VALUES (@paper, @tag, 'Manual', false, 1, now())", connection);
        command.Parameters.AddWithValue("paper", paperId);
        command.Parameters.AddWithValue("tag", tagId);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<int[]> TagIdsOfSlugsAsync(CatalogFixture catalog, params string[] slugs)
    {
        await using var db = catalog.CreateDbContext();
        return [.. await db.Tags.Where(t => slugs.Contains(t.Slug)).OrderBy(t => t.Slug).Select(t => t.Id).ToListAsync(TestContext.Current.CancellationToken)];
    }

    private static async Task<int[]> TagIdsAsync(CatalogFixture catalog, long paperId)
    {
        await using var connection = await CatalogSql.OpenAsync(catalog.ConnectionString);
        await using var command = new NpgsqlCommand("SELECT tag_ids FROM papers WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", paperId);
        return (int[])(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
