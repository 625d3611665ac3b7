using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Importing.Tagging;

namespace PaperCatalog.Cli.Evaluation;

/// <summary>Which rules to evaluate.</summary>
internal enum RuleChoice
{
    /// <summary>The rules stored in the catalog database, as editors have left them.</summary>
    Database,

    /// <summary>The rules the code ships (<see cref="DefaultRules"/>); no database needed.</summary>
    Shipped,
}

/// <summary>Builds the tagging engine to evaluate.</summary>
internal static class EvaluationRules
{
    public static async Task<TaggingEngine> LoadAsync(RuleChoice choice, CancellationToken cancellation)
    {
        if (choice == RuleChoice.Shipped)
        {
            return Shipped();
        }

        await using var services = await CliServices.StartAsync(cancellation);
        await using var db = await services.Get<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync(cancellation);
        return await TagRules.LoadEngineAsync(db, cancellation);
    }

    /// <summary>Every shipped technique with its default rules, as a new catalog gets them.</summary>
    public static TaggingEngine Shipped() =>
        new(DefaultRules.BySlug.Select(static (tag, index) => new TagRuleSet(
            index + 1,
            tag.Key,
            [.. tag.Value.Select(static r => new TagRule { Pattern = r.Pattern, Kind = r.Kind, Weight = r.Weight })])));
}
