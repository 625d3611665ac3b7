using PaperCatalog.Data.Search;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>"Did you mean" corrects a search's words against the words of the catalog's titles, which triggers keep.</summary>
public sealed class SpellingCorrectionTests(PostgresServer server)
{
    // Distinct lower-case words of three letters or more in the titles that are not derived from abstracts.
    private const string WordsInTitles =
        "SELECT count(DISTINCT lower(w)) FROM papers, regexp_split_to_table(title, '[^[:alnum:]]+') AS w WHERE NOT title_is_derived AND length(w) > 2";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Misspelled_words_are_replaced_by_the_closest_title_words_and_known_words_are_kept()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);
        var corrections = new SpellingCorrections(catalog);

        Assert.Equal("distillation knowledge", await corrections.SuggestAsync("distilation knowlege", Cancellation));
        Assert.Equal("Mixture of experts", await corrections.SuggestAsync("Mixture of exprts", Cancellation));
        Assert.Equal("transformer", await corrections.SuggestAsync("transformr", Cancellation)); // not "transformed", as close by trigrams
        Assert.Null(await corrections.SuggestAsync("distillation", Cancellation));
        Assert.Null(await corrections.SuggestAsync("qqzzxxjj", Cancellation));
        Assert.Equal("distillation knowledge", await corrections.SuggestAsync("[distilation] <knowlege>!", Cancellation)); // brackets are no part of a word
    }

    [Fact]
    public async Task Both_import_paths_keep_every_title_word()
    {
        var standard = await CatalogFixture.CreateAsync(server);
        var bulk = await CatalogFixture.CreateAsync(server);

        await standard.ImportAsync(TestPaths.Seeds);
        await bulk.BulkImportAsync(TestPaths.Seeds);

        foreach (var catalog in new[] { standard, bulk })
        {
            var expected = await CatalogSql.ScalarAsync(catalog.ConnectionString, WordsInTitles);
            Assert.InRange(expected, 1000, 100_000);
            Assert.Equal(expected, await CatalogSql.ScalarAsync(catalog.ConnectionString, "SELECT count(*) FROM title_words"));
        }
    }

    [Fact]
    public async Task Words_of_new_and_renamed_titles_are_offered_and_words_of_derived_titles_are_not()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);
        var corrections = new SpellingCorrections(catalog);

        await CatalogSql.ScalarAsync(catalog.ConnectionString, """
            INSERT INTO papers (title, title_is_derived, title_key, abstract, abstract_key, published_year_inferred, upvotes, created_at, updated_at)
            VALUES ('Zyxoscope imaging', false, md5('zyx')::uuid, 'A paper.', md5('zyx')::uuid, false, 0, now(), now()),
                   ('Vexillumtron derived', true, md5('vex')::uuid, 'Vexillumtron derived.', md5('vex')::uuid, false, 0, now(), now());
            UPDATE papers SET title = 'Quorblatt networks' WHERE id = (SELECT min(id) FROM papers WHERE NOT title_is_derived);
            SELECT 1
            """);

        Assert.Equal("zyxoscope", await corrections.SuggestAsync("zyxoscpe", Cancellation));
        Assert.Equal("quorblatt", await corrections.SuggestAsync("quorblat", Cancellation));
        Assert.Null(await corrections.SuggestAsync("vexillumtrn", Cancellation));
    }
}
