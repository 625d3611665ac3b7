using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>
/// A request the API cannot read gets a problem saying what and where, the same in every environment, and never
/// the developer exception page, which echoes the request's headers.
/// </summary>
public sealed class MalformedRequestTests(PostgresServer server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task Malformed_json_is_a_validation_problem_naming_its_line_and_byte(string environment)
    {
        await using var app = await AppAsync(environment);
        await app.CreateUserAsync("editor@example.org", CatalogRoles.Editor);
        var editor = await app.SignedInAsync("editor@example.org");

        var response = await SecureCatalog.SendAsync(editor, HttpMethod.Post, "/api/tags/distillation/decisions",
            new StringContent("{\n  \"paperIds\": [1,, 2],\n  \"applied\": true\n}", Encoding.UTF8, "application/json"));

        var errors = await BodyErrorsAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("The body is not valid JSON at line 2, byte 18 ($.paperIds[1])", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task A_missing_body_is_a_validation_problem_and_never_echoes_the_request(string environment)
    {
        await using var app = await AppAsync(environment);
        var admin = await app.SignedInAsync(SecureCatalog.AdminEmail);

        var response = await SecureCatalog.SendAsync(admin, HttpMethod.Post, "/api/admin/imports");

        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.DoesNotContain("Cookie", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("RequestVerificationToken", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("without body, failed to bind parameter \"IFormFileCollection files\"", Assert.Single(await BodyErrorsAsync(response, HttpStatusCode.BadRequest)), StringComparison.Ordinal);
    }

    // A body of the wrong media type (curl's -d sends a form) is a 415, and the problem says 415 too.
    [Fact]
    public async Task A_form_sent_where_json_is_read_is_a_415_problem_saying_415()
    {
        await using var app = await AppAsync("Production");
        await app.CreateUserAsync("editor@example.org", CatalogRoles.Editor);
        var editor = await app.SignedInAsync("editor@example.org");

        var response = await SecureCatalog.SendAsync(editor, HttpMethod.Post, "/api/tags/distillation/decisions",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["paperIds"] = "1", ["applied"] = "true" }));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement;
        Assert.Equal(415, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("confirm")]
    [InlineData("cancel")]
    public async Task An_unknown_import_job_is_a_not_found_problem_naming_it(string action)
    {
        await using var app = await AppAsync("Production");
        var admin = await app.SignedInAsync(SecureCatalog.AdminEmail);
        var unknown = Guid.NewGuid();

        var response = await SecureCatalog.PostAsync(admin, $"/api/admin/imports/jobs/{unknown}/{action}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(unknown.ToString(), (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<SecureCatalog> AppAsync(string environment) =>
        new(await server.CreateDatabaseAsync(), new Dictionary<string, string> { ["environment"] = environment });

    private static async Task<string[]> BodyErrorsAsync(HttpResponseMessage response, HttpStatusCode status) =>
        (await ErrorsAsync(response, status))["body"];

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(text).RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }
}
