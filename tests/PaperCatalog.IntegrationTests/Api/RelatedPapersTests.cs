using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PaperCatalog.Data;
using PaperCatalog.Data.Search;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>
/// Related papers are found by a paper's rarest title words, which say what it is about, not by the common ones
/// that match most of a large catalog; the answer is kept until something is written.
/// </summary>
[Collection(SnapshotCacheCollection.Name)]
public sealed class RelatedPapersTests(PostgresServer server)
{
    // Without RUM (the extension is optional) the probe's matches are ranked by ts_rank instead of read best-first.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Papers_sharing_the_rarest_title_word_come_before_papers_sharing_common_title_words(bool rumIndex)
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        _ = app.Services; // starts the app: it migrates, builds the RUM index and imports the seeds
        var paper = await AddPapersAsync(app.ConnectionString, rumIndex ? "" : $"DROP INDEX IF EXISTS {RumIndex.Name};");
        // RumIndex remembers per connection string what it found when the app started, so the catalog without the
        // index is reached under another one.
        var related = rumIndex
            ? app.Services.GetRequiredService<RelatedPapers>()
            : new RelatedPapers(new CatalogFixture(app.ConnectionString + ";Application Name=without-rum"));

        var found = await related.FindAsync(paper, TestContext.Current.CancellationToken);

        Assert.NotNull(found);
        Assert.Equal(RelatedPapers.Limit, found.Count);
        // They hold "scalable" too, but a word in most papers is no reason they are alike.
        Assert.All(found, r => Assert.Equal(["Zyxoscope"], r.SharedWords));
    }

    [Fact]
    public async Task A_second_look_is_answered_from_the_cache_until_a_write_commits()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        var related = app.Services.GetRequiredService<RelatedPapers>();
        var paper = await AddPapersAsync(app.ConnectionString);
        var cancellation = TestContext.Current.CancellationToken;

        var (first, again) = await SnapshotCacheCollection.ReadTwiceAsync(() => related.FindAsync(paper, cancellation));
        Assert.NotNull(first);
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync(cancellation);
            await using var rename = new NpgsqlCommand($"UPDATE papers SET title = 'Renamed' WHERE id = {first[0].Id}", connection);
            await rename.ExecuteNonQueryAsync(cancellation);
        }

        var afterWrite = await related.FindAsync(paper, cancellation);

        Assert.Same(first, again);
        Assert.DoesNotContain(afterWrite!, r => r.Title == first[0].Title && r.Id == first[0].Id);
        Assert.Contains(afterWrite!, r => r.Title == "Renamed" && r.Id == first[0].Id);
    }

    [Fact]
    public async Task A_lookup_that_ran_out_of_time_is_not_kept()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        var (contexts, cache) = (app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>(), app.Services.GetRequiredService<SnapshotCache>());
        var paper = await AddPapersAsync(app.ConnectionString);
        var cancellation = TestContext.Current.CancellationToken;

        var hurried = await new RelatedPapers(contexts, TimeSpan.FromMilliseconds(1), cache).FindAsync(paper, cancellation);
        var patient = await new RelatedPapers(contexts, TimeSpan.FromMinutes(1), cache).FindAsync(paper, cancellation);

        Assert.Null(hurried);
        Assert.Equal(RelatedPapers.Limit, patient?.Count);
    }

    // 3,000 papers whose titles hold the paper's common words, 20 whose abstracts hold its rare one (and a common one). Matched by
    // title words, ranked by title weight, the common ones win; ANALYZE tells the lookup which words are common.
    private static async Task<long> AddPapersAsync(string connectionString, string before = "")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            before + """
            INSERT INTO papers (title, title_is_derived, title_key, abstract, abstract_key, published_year_inferred, upvotes, created_at, updated_at)
            SELECT 'Scalable Benchmark Models ' || n, false, md5('common' || n)::uuid, 'Scalable benchmark models, variant ' || n || '.', md5('common' || n)::uuid, false, 0, now(), now()
            FROM generate_series(1, 3000) n
            UNION ALL
            SELECT 'Imaging study ' || n, false, md5('rare' || n)::uuid, 'We build a scalable zyxoscope, variant ' || n || '.', md5('rare' || n)::uuid, false, 0, now(), now()
            FROM generate_series(1, 20) n;
            INSERT INTO papers (title, title_is_derived, title_key, abstract, abstract_key, published_year_inferred, upvotes, created_at, updated_at)
            VALUES ('Scalable Benchmark Models for the Zyxoscope', false, md5('probe')::uuid, 'A paper.', md5('probe')::uuid, false, 0, now(), now());
            ANALYZE papers;
            """,
            connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        await using var id = new NpgsqlCommand("SELECT id FROM papers WHERE title_key = md5('probe')::uuid", connection);
        return (long)(await id.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
