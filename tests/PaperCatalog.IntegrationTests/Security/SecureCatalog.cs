using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PaperCatalog.Data.Accounts;
using PaperCatalog.LocalPostgres;
using PaperCatalog.Web.Features.Accounts;
using PaperCatalog.Web.Features.Admin.Imports;

namespace PaperCatalog.IntegrationTests.Security;

/// <summary>The app with a known admin, clients that sign in through the real form, and helpers for the admin API.</summary>
public sealed partial class SecureCatalog(string connectionString, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.org";
    public const string Password = "Correct-Horse-Battery-9";

    public string ConnectionString { get; } = connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(CatalogConnection.ConfigurationKey, ConnectionString);
        builder.UseSetting("Catalog:ImportSeedsOnFirstStart", "false");
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", Password);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates a user with <paramref name="role"/> (or none).</summary>
    public async Task CreateUserAsync(string email, string? role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogUser>>();
        var user = new CatalogUser { UserName = email, Email = email, EmailConfirmed = true };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }
    }

    /// <summary>Posts the sign-in form with its antiforgery token; returns the response (a redirect).</summary>
    public static Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password) =>
        PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["email"] = email, ["password"] = password });

    /// <summary>Posts a form of the page at <paramref name="path"/> with the antiforgery token the page gives.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var field = AntiforgeryField().Match(page).Value;
        fields["__RequestVerificationToken"] = FieldValue().Match(field).Groups[1].Value;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>A client signed in as <paramref name="email"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Anonymous();
        var response = await PostSignInAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("error=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        return client;
    }

    /// <summary>Uploads files to the admin API for a dry run.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, params (string Name, byte[] Bytes)[] files)
    {
        var token = await admin.GetFromJsonAsync<AntiforgeryTokenResponse>("/api/admin/antiforgery");
        using var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "files", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/imports") { Content = content };
        request.Headers.Add(token!.HeaderName, token.Token);
        return await admin.SendAsync(request);
    }

    /// <summary>Posts to an admin API path with an antiforgery token.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient admin, string path) => SendAsync(admin, HttpMethod.Post, path);

    /// <summary>Sends a write to the API with an antiforgery token from <c>/api/antiforgery</c> (editors and admins).</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent? content = null)
    {
        var token = await client.GetFromJsonAsync<AntiforgeryTokenResponse>("/api/antiforgery");
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(token!.HeaderName, token.Token);
        return await client.SendAsync(request);
    }

    /// <summary>Imports dump files through the admin API: a dry run, then its confirmation.</summary>
    public static async Task ImportAsync(HttpClient admin, params (string Name, byte[] Bytes)[] files)
    {
        var upload = await UploadAsync(admin, files);
        var dryRun = await WaitForAsync(admin, (await upload.Content.ReadFromJsonAsync<ImportJobResponse>())!.Id);
        var confirm = await PostAsync(admin, $"/api/admin/imports/jobs/{dryRun.Id}/confirm");
        var run = await WaitForAsync(admin, (await confirm.Content.ReadFromJsonAsync<ImportJobResponse>())!.Id);
        Assert.Equal("Succeeded", run.State);
    }

    /// <summary>Polls a job until it is finished.</summary>
    public static async Task<ImportJobResponse> WaitForAsync(HttpClient admin, Guid job)
    {
        for (var i = 0; i < 300; i++)
        {
            var state = await admin.GetFromJsonAsync<ImportJobResponse>($"/api/admin/imports/jobs/{job}");
            if (state!.State is "Succeeded" or "Failed")
            {
                return state;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Import job {job} did not finish.");
    }

    [GeneratedRegex("<input[^>]*__RequestVerificationToken[^>]*>")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("value=\"([^\"]+)\"")]
    private static partial Regex FieldValue();
}

internal static class AssertExtensions
{
    public static void ShouldBeTrue(this bool value) => Assert.True(value);
}
