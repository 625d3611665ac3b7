using MudBlazor.Services;
using PaperCatalog.Web.Components;
using PaperCatalog.Web.Features;
using PaperCatalog.Web.Features.Accounts;
using PaperCatalog.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

await builder.AddCatalogAsync();
builder.Services.AddFeatureHandlers();
builder.Services.AddAccounts();
builder.Services.AddSecurity(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddProblemDetails();

var app = builder.Build();

await app.PrepareCatalogAsync();

if (!app.Environment.IsDevelopment())
{
    // API clients get problem details for a failure; people get the error page.
    app.UseWhen(IsApi, static api => api.UseExceptionHandler());
    app.UseWhen(static context => !IsApi(context), static pages => pages.UseExceptionHandler("/error", createScopeForErrors: true));
    app.UseHsts();
}

app.UseServerTiming();
app.UseSecurityHeaders();
app.UseSameOriginBlazorConnections();

// Page requests get a page explaining the error, with the original status code; everything else
// (the API, form posts, which a page cannot be re-executed for) gets problem details.
app.UseWhen(static context => !ShowsErrorPage(context), static other => other.UseStatusCodePages());
app.UseWhen(ShowsErrorPage, static pages => pages.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true));
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapOpenApi();
app.MapFeatureEndpoints();
app.MapAccountEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

static bool ShowsErrorPage(HttpContext context) => HttpMethods.IsGet(context.Request.Method) && !IsApi(context);
