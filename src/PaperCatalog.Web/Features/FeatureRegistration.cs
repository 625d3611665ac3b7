using PaperCatalog.Data.Search;
using PaperCatalog.Web.Components.Shared;
using PaperCatalog.Web.Features.Admin.Imports;
using PaperCatalog.Web.Features.Admin.Rules;
using PaperCatalog.Web.Features.Admin.Users;
using PaperCatalog.Web.Features.Export;
using PaperCatalog.Web.Features.Papers;
using PaperCatalog.Web.Features.Tagging;
using PaperCatalog.Web.Features.Tags;

namespace PaperCatalog.Web.Features;

/// <summary>Registers every feature's handlers and maps every feature's endpoints.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services)
    {
        // Handlers hold no state and make a DbContext per call from the factory, so they are singletons.
        services.AddSingleton<PaperSearch>();
        services.AddSingleton<TitleSuggestions>();
        services.AddSingleton<SpellingCorrections>();
        services.AddSingleton<PaperHighlights>();
        services.AddSingleton<RelatedPapers>();
        services.AddSingleton<SearchPapers>();
        services.AddSingleton<GetPaper>();
        services.AddSingleton<ListTags>();
        services.AddSingleton<ExportPapers>();
        services.AddSingleton<ImportQueue>();
        services.AddHostedService<ImportWorker>();
        services.AddSingleton<ListImportRuns>();
        services.AddScoped<ManageUsers>();
        services.AddScoped<DecidePaperTags>();
        services.AddScoped<ReopenReviewedTag>();
        services.AddScoped<CreateTag>();
        services.AddSingleton<GetTagHistory>();
        services.AddSingleton<ListTagsToReview>();
        services.AddScoped<EditTagRules>();
        services.AddScoped<AdoptShippedRules>();
        services.AddSingleton<ChangeAttempts>();
        services.AddHandover<PrerenderedResults>();
        services.AddHandover<PrerenderedPaper>();
        services.AddHandover<IReadOnlyList<TagSummary>>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPaperEndpoints();
        app.MapExportEndpoints();
        app.MapTagEndpoints();
        app.MapPaperTagEndpoints();
        app.MapAdminImportEndpoints();
        return app;
    }
}
