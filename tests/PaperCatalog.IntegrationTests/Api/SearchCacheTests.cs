using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PaperCatalog.Data;
using PaperCatalog.Data.Search;
using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>A repeated search is answered from memory until any write commits; what it answers is never stale.</summary>
[Collection(SnapshotCacheCollection.Name)]
public sealed class SearchCacheTests(PostgresServer server)
{
    private static readonly PaperSearchCriteria Distillation = new() { Query = "distillation" };

    [Fact]
    public async Task A_repeated_search_is_answered_from_the_cache_until_a_write_from_outside_the_app_commits()
    {
        await using var app = await StartAsync();
        var search = app.Services.GetRequiredService<PaperSearch>();
        var cancellation = TestContext.Current.CancellationToken;

        var reads = 0;
        var (first, again) = await SnapshotCacheCollection.ReadTwiceAsync(() =>
        {
            reads++;
            return search.SearchAsync(Distillation, cancellation);
        });
        var cache = app.Services.GetRequiredService<SnapshotCache>();
        var (hits, misses) = cache.Statistics;
        var top = first.Items[0];
        await CatalogSql.ExecuteAsync(app.ConnectionString, $"UPDATE papers SET upvotes = 4242 WHERE id = {top.Id}");
        var afterWrite = await search.SearchAsync(Distillation, cancellation);

        Assert.Same(first, again);
        Assert.NotSame(first, afterWrite);
        Assert.Equal(4242, afterWrite.Items.Single(p => p.Id == top.Id).Upvotes);
        Assert.NotEqual(4242, top.Upvotes);
        // Every read is counted once (retries may add both kinds), and the read after the write is a miss.
        Assert.Equal(reads, hits + misses);
        Assert.True(hits >= 1, "The two reads that ReadTwiceAsync returned were one cache hit.");
        Assert.Equal((hits, misses + 1), cache.Statistics);
    }

    [Fact]
    public async Task An_uncommitted_write_is_neither_seen_nor_cached()
    {
        await using var app = await StartAsync();
        var search = app.Services.GetRequiredService<PaperSearch>();
        var cancellation = TestContext.Current.CancellationToken;
        var before = await search.SearchAsync(Distillation, cancellation);

        await using var writer = new NpgsqlConnection(app.ConnectionString);
        await writer.OpenAsync(cancellation);
        await using var transaction = await writer.BeginTransactionAsync(cancellation);
        await using var delete = new NpgsqlCommand("DELETE FROM paper_sources; DELETE FROM paper_tags; DELETE FROM papers", writer, transaction);
        await delete.ExecuteNonQueryAsync(cancellation);
        var during = await search.SearchAsync(Distillation, cancellation);
        await transaction.CommitAsync(cancellation);
        var after = await search.SearchAsync(Distillation, cancellation);

        Assert.Equal(before.Total, during.Total);
        Assert.InRange(before.Total, 1, SeededCatalog.SeedPapers);
        Assert.Equal(0, after.Total);
    }

    [Fact]
    public async Task A_walk_through_rows_alone_as_exports_make_is_not_cached()
    {
        await using var app = await StartAsync();
        var search = app.Services.GetRequiredService<PaperSearch>();

        var first = await search.SearchAsync(Distillation, TestContext.Current.CancellationToken, SearchParts.Rows);
        var again = await search.SearchAsync(Distillation, TestContext.Current.CancellationToken, SearchParts.Rows);

        Assert.NotSame(first, again);
        Assert.Equal((0, 0), app.Services.GetRequiredService<SnapshotCache>().Statistics);
    }

    [Fact]
    public async Task With_the_cache_turned_off_every_search_runs()
    {
        await using var app = await StartAsync(new() { ["Search:CachedResults"] = "0" });
        var search = app.Services.GetRequiredService<PaperSearch>();

        var first = await search.SearchAsync(Distillation, TestContext.Current.CancellationToken);
        var again = await search.SearchAsync(Distillation, TestContext.Current.CancellationToken);

        Assert.NotSame(first, again);
        Assert.Equal(first.Items.Select(static p => p.Id), again.Items.Select(static p => p.Id));
        Assert.Null(app.Services.GetService<SnapshotCache>());
    }

    // The app starts, imports the seeds and builds its services on first use of Services.
    private async Task<CatalogAppFactory> StartAsync(Dictionary<string, string>? settings = null) =>
        new(await server.CreateDatabaseAsync(), settings: settings);
}
