using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Tagging;

/// <summary>Every start prepares the catalog: the shipped techniques are created once, and editors' changes stay.</summary>
public sealed class TaxonomySeederTests(PostgresServer server)
{
    [Fact]
    public async Task A_new_catalog_has_the_seven_techniques_with_their_default_rules_and_preparing_again_adds_nothing()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var before = await SnapshotAsync(connectionString);

        await PrepareAsync(connectionString);
        await PrepareAsync(connectionString);

        Assert.Equal(before, await SnapshotAsync(connectionString));
        await using var db = Open(connectionString);
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            Taxonomy.Techniques.Select(static t => (t.Slug, t.Name, t.Description, TagKind.Technique, string.Join('|', t.Aliases))),
            tags.Select(static t => (t.Slug, t.Name, t.Description, t.Kind, string.Join('|', t.Aliases))));
        foreach (var tag in tags)
        {
            var rules = await db.TagRules.AsNoTracking().Where(r => r.TagId == tag.Id).OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(DefaultRules.BySlug[tag.Slug], rules.Select(static r => (r.Kind, r.Pattern, r.Weight)));
        }
    }

    [Fact]
    public async Task Edited_names_descriptions_and_rules_are_never_overwritten()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using (var db = Open(connectionString))
        {
            var distillation = await db.Tags.SingleAsync(t => t.Slug == "distillation", TestContext.Current.CancellationToken);
            distillation.Name = "Distillation (teacher → student)";
            distillation.Description = "Edited by the catalog's editor.";
            var rule = await db.TagRules.Where(r => r.TagId == distillation.Id).OrderBy(r => r.Id).FirstAsync(TestContext.Current.CancellationToken);
            rule.Pattern = @"\bknowledge distillation\b";
            rule.Weight = 3.5;
            var moe = await db.Tags.SingleAsync(t => t.Slug == "mixture-of-experts", TestContext.Current.CancellationToken);
            db.TagRules.Remove(await db.TagRules.Where(r => r.TagId == moe.Id).OrderBy(r => r.Id).FirstAsync(TestContext.Current.CancellationToken));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var edited = await SnapshotAsync(connectionString);

        await PrepareAsync(connectionString);

        Assert.Equal(edited, await SnapshotAsync(connectionString));
        Assert.Contains(@"distillation|Distillation (teacher → student)|Edited by the catalog's editor.", edited, StringComparison.Ordinal);
        Assert.Contains(@"Evidence|\bknowledge distillation\b|3.5", edited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_technique_comes_back_with_its_default_rules_and_the_others_stay_as_they_are()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using (var db = Open(connectionString))
        {
            db.Tags.Remove(await db.Tags.SingleAsync(t => t.Slug == "continual-learning", TestContext.Current.CancellationToken));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await PrepareAsync(connectionString);

        await using var check = Open(connectionString);
        Assert.Equal(7, await check.Tags.CountAsync(TestContext.Current.CancellationToken));
        var restored = await check.Tags.SingleAsync(t => t.Slug == "continual-learning", TestContext.Current.CancellationToken);
        Assert.Equal(DefaultRules.BySlug["continual-learning"].Count, await check.TagRules.CountAsync(r => r.TagId == restored.Id, TestContext.Current.CancellationToken));
        Assert.Equal(DefaultRules.BySlug.Values.Sum(static r => r.Count), await check.TagRules.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_technique_that_comes_back_while_an_editors_tag_has_its_name_gets_its_slug_in_its_name()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using (var db = Open(connectionString))
        {
            db.Tags.Remove(await db.Tags.SingleAsync(t => t.Slug == "continual-learning", TestContext.Current.CancellationToken));
            db.Tags.Add(new Tag { Slug = "lifelong", Name = "CONTINUAL LEARNING", Kind = TagKind.Topic });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await PrepareAsync(connectionString);

        await using var check = Open(connectionString);
        Assert.Equal("Continual learning (continual-learning)", await check.Tags.Where(t => t.Slug == "continual-learning").Select(t => t.Name).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal("CONTINUAL LEARNING", await check.Tags.Where(t => t.Slug == "lifelong").Select(t => t.Name).SingleAsync(TestContext.Current.CancellationToken));
    }

    private static Task PrepareAsync(string connectionString) =>
        CatalogPreparation.PrepareAsync(connectionString, TimeProvider.System, TestContext.Current.CancellationToken);

    private static CatalogDbContext Open(string connectionString) => new(CatalogDbContextOptions.For(connectionString));

    // Tags and rules with their ids, so that a re-created row shows up as a change even when its text is the same.
    private static async Task<string> SnapshotAsync(string connectionString)
    {
        await using var db = Open(connectionString);
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Id).Select(t => $"{t.Id}|{t.Slug}|{t.Name}|{t.Description}").ToListAsync(TestContext.Current.CancellationToken);
        var rules = await db.TagRules.AsNoTracking().OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);
        return string.Join('\n', tags) + "\n" + string.Join('\n', rules.Select(static r => FormattableString.Invariant($"{r.Id}|{r.TagId}|{r.Kind}|{r.Pattern}|{r.Weight}|{r.UpdatedAt:O}")));
    }
}
