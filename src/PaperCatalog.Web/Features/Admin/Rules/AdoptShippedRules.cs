using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Importing.Tagging;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.Web.Features.Admin.Rules;

/// <summary>
/// After an upgrade, adopts the rules this version ships for every technique whose rules differ from them, previewed first,
/// then applied all together in one transaction (<see cref="RuleChange"/>): the catalog never holds half an upgrade.
/// </summary>
public sealed class AdoptShippedRules(IDbContextFactory<CatalogDbContext> contexts, CurrentUser current, AuditLog audit, TimeProvider clock)
{
    /// <summary>The techniques whose rules differ from the shipped ones, by name.</summary>
    public async Task<IReadOnlyList<RuledTag>> DifferingAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await DifferingAsync(db);
    }

    /// <summary>What adopting would change, technique by technique.</summary>
    public async Task<IReadOnlyList<ShippedRulesChange>> PreviewAsync(IProgress<RuleScoringProgress>? progress = null, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var tags = await DifferingAsync(db);
        var diffs = await RuleChange.PreviewAsync(db, Edits(tags), progress, cancellation);
        return tags.Select(t => new ShippedRulesChange(t, diffs[t.Id])).ToList();
    }

    /// <param name="previewed">The techniques the admin saw in the preview: if others differ now, nothing is adopted.</param>
    public async Task<(IReadOnlyList<ShippedRulesChange>? Changes, string? Error)> AdoptAsync(
        IReadOnlyList<int> previewed, IProgress<RuleScoringProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (await current.InRoleAsync(CatalogRoles.Admin) is not { } admin)
        {
            return (null, "Your account is no longer an admin; nothing was changed.");
        }

        await using var db = await contexts.CreateDbContextAsync();
        var tags = await DifferingAsync(db);
        if (!tags.Select(static t => t.Id).Order().SequenceEqual(previewed.Order()))
        {
            return (null, "The catalog's rules changed since the preview; nothing was changed. Preview again.");
        }

        var names = tags.ToDictionary(static t => t.Id);
        var diffs = await RuleChange.ApplyAsync(db, Edits(tags), admin.UserName!, clock.GetUtcNow(), progress, cancellation,
            beforeSaving: (tagId, diff) => audit.Add(db, admin.UserName!, "rules.applied", names[tagId].Slug,
                $"the shipped rules adopted; {diff.Gained.Count} papers gained the tag, {diff.Lost.Count} lost it"));
        return (tags.Select(t => new ShippedRulesChange(t, diffs[t.Id])).ToList(), null);
    }

    private static async Task<List<RuledTag>> DifferingAsync(CatalogDbContext db)
    {
        var slugs = DefaultRules.BySlug.Keys.ToList();
        var tags = await db.Tags.AsNoTracking().Where(t => slugs.Contains(t.Slug)).OrderBy(t => t.Name).Select(t => new RuledTag(t.Id, t.Slug, t.Name)).ToListAsync();
        var ids = tags.Select(static t => t.Id).ToList();
        var rules = (await db.TagRules.AsNoTracking().Where(r => ids.Contains(r.TagId)).ToListAsync()).ToLookup(static r => r.TagId);
        return tags.Where(t => ShippedRuleDifference.Of(t.Slug, rules[t.Id]) is { IsNone: false }).ToList();
    }

    private static List<RuleEdit> Edits(IEnumerable<RuledTag> tags) =>
        tags.Select(static t => new RuleEdit(t.Id, TaxonomySeeder.ShippedRules(t.Slug))).ToList();
}

/// <summary>What adopting the shipped rules does to one technique.</summary>
public sealed record ShippedRulesChange(RuledTag Tag, RuleChangeDiff Diff);
