using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using PaperCatalog.Data.Search;
using PaperCatalog.Web.Features.Papers;

namespace PaperCatalog.Web.Hosting;

/// <summary>
/// The OpenAPI document says what the API takes, not how it reads it: the search parameters are read as text, so
/// that a bad value gets a message naming it, but they are numbers, flags and choices. Writes name the API token.
/// </summary>
public static class OpenApiSetup
{
    public const string TokenScheme = "apiToken";

    // The parameters PaperQuery reads as text, by what they hold.
    private static readonly Dictionary<string, Func<OpenApiSchema>> QueryParameters = new(StringComparer.Ordinal)
    {
        ["yearFrom"] = static () => Integer(PaperQuery.MinYear, PaperQuery.MaxYear),
        ["yearTo"] = static () => Integer(PaperQuery.MinYear, PaperQuery.MaxYear),
        ["page"] = static () => Integer(1, null),
        ["pageSize"] = static () => Integer(1, PaperSearchCriteria.MaxPageSize),
        ["hasUpvotes"] = static () => new OpenApiSchema { Type = JsonSchemaType.Boolean },
        ["sort"] = static () => Choice(Enum.GetNames<PaperSort>()),
        ["tagMode"] = static () => Choice(Enum.GetNames<TagMode>()),
    };

    public static IServiceCollection AddCatalogOpenApi(this IServiceCollection services) => services.AddOpenApi(static options =>
    {
        options.AddDocumentTransformer(static (document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[TokenScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API token made on the API tokens page, sent as `Authorization: Bearer <token>`. A signed-in browser's cookie works too, with an antiforgery token.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(static (operation, context, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                if (parameter.In == ParameterLocation.Query && parameter.Name is { } name && QueryParameters.TryGetValue(name, out var schema))
                {
                    parameter.Schema = schema();
                }
            }

            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(TokenScheme, context.Document)] = [] }];
            }

            return Task.CompletedTask;
        });
    });

    private static OpenApiSchema Integer(int minimum, int? maximum) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // Read case-insensitively; named in lower case, as links write them.
    private static OpenApiSchema Choice(IEnumerable<string> names) => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. names.Select(static name => (JsonNode)JsonValue.Create(name.ToLowerInvariant()))],
    };
}
