using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PaperCatalog.Data;
using PaperCatalog.Data.Search;
using PaperCatalog.IntegrationTests.Web;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>
/// "Did you mean" and related papers are courtesies: past their time budget a page gets none instead of waiting,
/// or failing at Npgsql's 30 s timeout as the paper page did at 2,500,000 papers.
/// </summary>
public sealed class LookupBudgetTests(PostgresServer server)
{
    // What "did you mean" looks titles up by: the words of "distilation knowlege" as SpellingCorrections corrects them.
    private const string Corrected = "distillation knowledge";

    [Fact]
    public async Task A_title_lookup_past_its_budget_suggests_nothing_and_leaves_the_connection_usable()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await AddLookalikeTitlesAsync(app.ConnectionString);
        var cancellation = TestContext.Current.CancellationToken;

        // Every abstract holds these words and only three titles do, so the lookup reads on through all of them.
        var hurried = await new TitleSuggestions(contexts, TimeSpan.FromMilliseconds(1)).FindAsync(Corrected + " variants", cancellation);
        var patient = await new TitleSuggestions(contexts, TimeSpan.FromMinutes(1)).FindAsync(Corrected + " variants", cancellation);

        Assert.Empty(hurried);
        Assert.Equal(3, patient.Count);
        Assert.All(patient, static title => Assert.StartsWith("Variants of Knowledge Distillation", title.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Related_papers_past_their_budget_are_unknown_and_within_it_are_found()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await AddLookalikeTitlesAsync(app.ConnectionString);
        var paper = (await app.CreateClient().SearchAsync(PaperApi.Q("\"Knowledge Distillation for students\"") + "&pageSize=1")).Items.Single().Id;
        var cancellation = TestContext.Current.CancellationToken;

        var hurried = await new RelatedPapers(contexts, TimeSpan.FromMilliseconds(1)).FindAsync(paper, cancellation);
        var patient = await new RelatedPapers(contexts, TimeSpan.FromMinutes(1)).FindAsync(paper, cancellation);

        Assert.Null(hurried);
        Assert.Equal(RelatedPapers.Limit, patient?.Count);
    }

    [Fact]
    public async Task The_default_budget_still_suggests_titles_on_a_small_catalog()
    {
        await using var app = new CatalogAppFactory(await server.CreateDatabaseAsync());
        var suggestions = app.Services.GetRequiredService<TitleSuggestions>();

        // The first lookup in a fresh database also reads its text index from disk, which a loaded machine can
        // push past the budget: asked three times, a budget that fits a small catalog suggests at least once.
        var titles = await suggestions.FindAsync(Corrected, TestContext.Current.CancellationToken);
        for (var attempt = 1; titles.Count == 0 && attempt < 3; attempt++)
        {
            titles = await suggestions.FindAsync(Corrected, TestContext.Current.CancellationToken);
        }

        Assert.NotEmpty(titles);
    }

    // Many papers holding the same words, as a large catalog has them; three titles after them hold one word more.
    private static async Task AddLookalikeTitlesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO papers (title, title_is_derived, title_key, abstract, abstract_key, published_year_inferred, upvotes, created_at, updated_at)
            SELECT 'Knowledge Distillation for students ' || n, false, md5('kdstudents' || n)::uuid, 'We distil knowledge, variant ' || n || '.', md5(n::text)::uuid, false, 0, now(), now()
            FROM generate_series(1, 30000) n;
            INSERT INTO papers (title, title_is_derived, title_key, abstract, abstract_key, published_year_inferred, upvotes, created_at, updated_at)
            SELECT 'Variants of Knowledge Distillation ' || n, false, md5('kdvariants' || n)::uuid, 'We distil knowledge, variant ' || n || '.', md5('variants' || n)::uuid, false, 0, now(), now()
            FROM generate_series(1, 3) n
            """,
            connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
