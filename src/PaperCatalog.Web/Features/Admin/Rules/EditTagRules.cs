using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Importing.Tagging;
using PaperCatalog.Web.Features.Accounts;

namespace PaperCatalog.Web.Features.Admin.Rules;

/// <summary>Admins edit a tag's rules: every pattern is checked, changes are previewed, then applied to the whole catalog.</summary>
public sealed class EditTagRules(IDbContextFactory<CatalogDbContext> contexts, CurrentUser current, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<RuledTag>> TagsAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => new RuledTag(t.Id, t.Slug, t.Name)).ToListAsync();
    }

    public async Task<List<EditableRule>> RulesAsync(int tagId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.TagRules.AsNoTracking().Where(r => r.TagId == tagId).OrderBy(r => r.Id)
            .Select(r => new EditableRule { Pattern = r.Pattern, Kind = r.Kind, Weight = r.Weight, Note = r.Note }).ToListAsync();
    }

    /// <summary>The rules this version ships for the tag, to edit like any others; null for a tag it ships none for.</summary>
    public static List<EditableRule>? ShippedRules(string slug) =>
        DefaultRules.BySlug.ContainsKey(slug)
            ? TaxonomySeeder.ShippedRules(slug).Select(static r => new EditableRule { Pattern = r.Pattern, Kind = r.Kind, Weight = r.Weight, Note = r.Note }).ToList()
            : null;

    /// <summary>How <paramref name="rules"/> differ from the tag's shipped rules; null for a tag that has none.</summary>
    public static ShippedRuleDifference? DifferenceFromShipped(string slug, IReadOnlyList<EditableRule> rules) =>
        ShippedRuleDifference.Of(slug, ToRules(rules));

    /// <summary>Why each refused rule is refused, by its position; empty when all can be used.</summary>
    public static Dictionary<int, string> Problems(IReadOnlyList<EditableRule> rules)
    {
        var problems = new Dictionary<int, string>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (RulePattern.Compile(rules[i].Pattern).Error is { } error)
            {
                problems[i] = error;
            }
            else if (rules[i].Kind == RuleKind.Evidence && rules[i].Weight <= 0)
            {
                problems[i] = "Evidence needs a positive weight.";
            }
            else if (rules[i].Kind == RuleKind.Against && rules[i].Weight >= 0)
            {
                problems[i] = "A rule against the tag needs a negative weight.";
            }
        }

        return problems;
    }

    public async Task<(RuleChangeDiff? Diff, string? Error)> PreviewAsync(
        int tagId, IReadOnlyList<EditableRule> rules, IProgress<RuleScoringProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (Problems(rules).Count > 0)
        {
            return (null, "Fix the refused rules first.");
        }

        await using var db = await contexts.CreateDbContextAsync();
        return ((await RuleChange.PreviewAsync(db, [new RuleEdit(tagId, ToRules(rules))], progress, cancellation))[tagId], null);
    }

    public async Task<(RuleChangeDiff? Diff, string? Error)> ApplyAsync(
        int tagId, IReadOnlyList<EditableRule> rules, IProgress<RuleScoringProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (await current.InRoleAsync(CatalogRoles.Admin) is not { } admin)
        {
            return (null, "Your account is no longer an admin; nothing was changed.");
        }

        if (Problems(rules).Count > 0)
        {
            return (null, "Fix the refused rules first.");
        }

        await using var db = await contexts.CreateDbContextAsync();
        var slug = await db.Tags.Where(t => t.Id == tagId).Select(t => t.Slug).SingleAsync(cancellation);
        var diffs = await RuleChange.ApplyAsync(db, [new RuleEdit(tagId, ToRules(rules))], admin.UserName!, clock.GetUtcNow(), progress, cancellation,
            beforeSaving: (_, diff) => audit.Add(db, admin.UserName!, "rules.applied", slug, $"{rules.Count} rules; {diff.Gained.Count} papers gained the tag, {diff.Lost.Count} lost it"));
        return (diffs[tagId], null);
    }

    private static List<TagRule> ToRules(IReadOnlyList<EditableRule> rules) =>
        rules.Select(r => new TagRule { Pattern = r.Pattern, Kind = r.Kind, Weight = r.Kind == RuleKind.PassingMention ? 0 : r.Weight, Note = r.Note ?? "" }).ToList();
}

public sealed record RuledTag(int Id, string Slug, string Name);

/// <summary>A rule as the admin page edits it.</summary>
public sealed class EditableRule
{
    public string Pattern { get; set; } = "";
    public RuleKind Kind { get; set; } = RuleKind.Evidence;
    public double Weight { get; set; } = 1;
    public string? Note { get; set; }
}
