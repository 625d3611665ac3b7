using Npgsql;
using PaperCatalog.Data.Search;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>"Did you mean" titles hold every corrected word in the title itself (or, when none does, all but one), and come most like the search first.</summary>
public sealed class TitleSuggestionTests(PostgresServer server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Titles_holding_every_word_are_suggested_most_alike_first_and_abstracts_or_derived_titles_are_not()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await AddAsync(
            catalog,
            ("Zanzibar quokka census", false, "A count of animals."),
            ("Quokka counts on Zanzibar islands in the dry season", false, "Another count of animals."),
            ("Only the abstract holds them", false, "A zanzibar quokka appears here."),
            ("A title derived from a zanzibar quokka abstract", true, "A zanzibar quokka abstract."),
            ("Zanzibar alone", false, "No other word."));

        var titles = await new TitleSuggestions(catalog).FindAsync("zanzibar quokkas", Cancellation);

        Assert.Equal(["Zanzibar quokka census", "Quokka counts on Zanzibar islands in the dry season"], titles.Select(static t => t.Title));
    }

    [Fact]
    public async Task When_no_title_holds_every_word_titles_holding_all_but_one_are_suggested_and_titles_with_fewer_are_not()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await AddAsync(
            catalog,
            ("Zanzibar quokka census", false, "A count of animals."),
            ("Wombat burrows of Zanzibar", false, "Digging."),
            ("Zanzibar alone", false, "No other word."),
            ("Quokka alone", false, "No other word."));

        var titles = await new TitleSuggestions(catalog).FindAsync("zanzibar quokka wombat", Cancellation);

        Assert.Equal(["Zanzibar quokka census", "Wombat burrows of Zanzibar"], titles.Select(static t => t.Title));
    }

    [Theory]
    [InlineData("")]
    [InlineData("the of and")]
    public async Task Words_that_make_no_query_suggest_nothing(string query)
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await AddAsync(catalog, ("The of and", false, "An abstract."));

        Assert.Empty(await new TitleSuggestions(catalog).FindAsync(query, Cancellation));
    }

    [Fact]
    public async Task Quotes_and_query_syntax_in_the_words_are_taken_as_text()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await AddAsync(catalog, ("O'Brien's quoted title", false, "An abstract."), ("Another title", false, "An abstract."));

        var titles = await new TitleSuggestions(catalog).FindAsync("o'brien's \"quoted\" & | ! :* <-> (", Cancellation);

        Assert.Equal(["O'Brien's quoted title"], titles.Select(static t => t.Title));
    }

    private static async Task AddAsync(CatalogFixture catalog, params (string Title, bool Derived, string Abstract)[] papers)
    {
        await using var connection = new NpgsqlConnection(catalog.ConnectionString);
        await connection.OpenAsync(Cancellation);
        foreach (var (title, derived, abstractText) in papers)
        {
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO papers (title, title_is_derived, title_key, abstract, abstract_key, published_year_inferred, upvotes, created_at, updated_at)
                VALUES (@title, @derived, md5(@title)::uuid, @abstract, md5(@abstract)::uuid, false, 0, now(), now())
                """,
                connection);
            insert.Parameters.AddWithValue("title", title);
            insert.Parameters.AddWithValue("derived", derived);
            insert.Parameters.AddWithValue("abstract", abstractText);
            await insert.ExecuteNonQueryAsync(Cancellation);
        }
    }
}
