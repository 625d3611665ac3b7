using MudBlazor.Services;
using PaperCatalog.Web.Components;
using PaperCatalog.Web.Features.Papers;
using PaperCatalog.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

await builder.AddCatalogAsync();
builder.Services.AddScoped<BrowsePapers>();
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

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
