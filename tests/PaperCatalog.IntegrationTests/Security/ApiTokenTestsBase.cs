using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>A catalog with an editor, a reader and one paper, and the steps of a person making tokens for scripts.</summary>
public abstract partial class ApiTokenTestsBase(PostgresServer server) : IAsyncLifetime
{
    protected const string Editor = "editor@example.org";
    protected static readonly byte[] OnePaper = Encoding.UTF8.GetBytes(
        "Get trending papers in your email inbox!\nSubscribeQuokka Distillation for Tiny Students\n" +
        "We distill a large teacher into a tiny student network with knowledge distillation and keep its accuracy.\n");

    protected SecureCatalog App { get; private set; } = default!;

    protected long Paper { get; private set; }

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        App = new SecureCatalog(await server.CreateDatabaseAsync());
        await App.CreateUserAsync(Editor, CatalogRoles.Editor);
        await App.CreateUserAsync("reader@example.org", null);
        await SecureCatalog.ImportAsync(await App.SignedInAsync(SecureCatalog.AdminEmail), ("one.txt", OnePaper));
        await using var db = Db();
        Paper = await db.Papers.Select(p => p.Id).SingleAsync(Cancellation);
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    /// <param name="actsAs">The role chosen in "Acts as", or none when the form does not offer the choice.</param>
    protected static Dictionary<string, string> CreateForm(string name, string? actsAs = null)
    {
        var form = new Dictionary<string, string> { ["_handler"] = "create-token", ["Name"] = name, ["Days"] = "30" };
        if (actsAs is not null)
        {
            form["ActsAs"] = actsAs;
        }

        return form;
    }

    protected static Dictionary<string, string> RevokeForm(long id) => new() { ["_handler"] = "revoke-token", ["TokenId"] = id.ToString(CultureInfo.InvariantCulture) };

    /// <summary>Posts a form of the tokens page and, as a browser does, follows its redirect back to the page.</summary>
    /// <param name="changes">Whether the post is to change something, and so must redirect; a refused one answers in place.</param>
    /// <returns>The page shown after the post.</returns>
    protected static async Task<string> PostTokenFormAsync(HttpClient client, Dictionary<string, string> fields, bool changes = true)
    {
        var posted = await SecureCatalog.PostFormAsync(client, "/account/tokens", fields);
        Assert.Equal(changes ? HttpStatusCode.Redirect : HttpStatusCode.OK, posted.StatusCode);
        if (!changes)
        {
            return await posted.Content.ReadAsStringAsync(Cancellation);
        }

        Assert.EndsWith("/account/tokens", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await client.GetStringAsync("/account/tokens", Cancellation);
    }

    protected static async Task<string> CreateTokenAsync(HttpClient client, string? actsAs = null) =>
        TokenPattern().Match(await PostTokenFormAsync(client, CreateForm("script", actsAs))).Value;

    protected HttpClient Script(string token)
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected CatalogDbContext Db() => new(CatalogDbContextOptions.For(App.ConnectionString));

    [GeneratedRegex("pc_[A-Za-z0-9_-]{43}")]
    protected static partial Regex TokenPattern();
}
