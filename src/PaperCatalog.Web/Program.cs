using Microsoft.AspNetCore.Diagnostics;
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
builder.Services.AddCatalogOpenApi();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddProblemDetails();
builder.Services.AddBadRequestProblems();

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
app.UseBadRequestProblems();
app.UseSecurityHeaders();
app.UseSameOriginBlazorConnections();

// Page requests get a page explaining the error, with the original status code; everything else
// (the API, form posts, which a page cannot be re-executed for) gets problem details.
// Re-executing from the main pipeline, not a branch: from a branch, an address no endpoint matched came back empty.
app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.UseWhen(static context => !ShowsErrorPage(context), static other => other.Use(static (context, next) =>
{
    context.Features.Get<IStatusCodePagesFeature>()!.Enabled = false;
    return next();
}).UseStatusCodePages());
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
