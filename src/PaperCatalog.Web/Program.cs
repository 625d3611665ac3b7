using MudBlazor.Services;
using PaperCatalog.Web.Components;
using PaperCatalog.Web.Features;
using PaperCatalog.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

await builder.AddCatalogAsync();
builder.Services.AddFeatureHandlers();
builder.Services.AddOpenApi();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddProblemDetails();

var app = builder.Build();

await app.PrepareCatalogAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

// The API answers errors with problem details; pages answer them with the not-found page.
app.UseWhen(static context => IsApi(context), static api => api.UseStatusCodePages());
app.UseWhen(static context => !IsApi(context), static pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
app.UseAntiforgery();
app.MapStaticAssets();
app.MapOpenApi();
app.MapFeatureEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
