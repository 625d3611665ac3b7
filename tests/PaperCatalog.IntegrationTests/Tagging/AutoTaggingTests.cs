using Microsoft.EntityFrameworkCore;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;
using PaperCatalog.Importing.Tagging;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Tagging;

/// <summary>Every import tags the papers it adds and updates, in its own transaction.</summary>
public sealed class AutoTaggingTests(PostgresServer server)
{
    [Fact]
    public async Task Importing_the_seeds_tags_each_paper_as_the_rules_score_it_with_confidence_and_evidence()
    {
        var catalog = await CatalogFixture.CreateAsync(server);

        await catalog.ImportAsync(TestPaths.Seeds);

        await using var db = catalog.CreateDbContext();
        var engine = await TagRules.LoadEngineAsync(db, TestContext.Current.CancellationToken);
        var papers = await db.Papers.AsNoTracking().Include(p => p.Tags).ThenInclude(t => t.Tag).ToListAsync(TestContext.Current.CancellationToken);
        var tagged = 0;
        foreach (var paper in papers)
        {
            var expected = engine.Score(paper.Title, paper.Abstract, paper.TitleIsDerived).Where(static s => s.Applies).OrderBy(static s => s.Slug, StringComparer.Ordinal).ToList();
            var stored = paper.Tags.OrderBy(static t => t.Tag!.Slug, StringComparer.Ordinal).ToList();
            Assert.Equal(expected.Select(static s => (s.Slug, s.Confidence)), stored.Select(static t => (t.Tag!.Slug, t.Confidence)));
            Assert.All(stored, t => Assert.Equal((TagSource.Automatic, false, null), (t.Source, t.IsRejected, t.DecidedBy)));
            Assert.All(stored.Zip(expected), x => AssertEvidenceIsWhatTheRulesFound(paper.Title, paper.Abstract, x.First, x.Second));
            tagged += stored.Count > 0 ? 1 : 0;
        }

        Assert.Equal(427, papers.Count);
        Assert.True(tagged > 100, $"Only {tagged} of the seed papers were tagged.");
        Assert.Equal(Taxonomy.Techniques.Select(static t => t.Slug).Order(), papers.SelectMany(static p => p.Tags).Select(static t => t.Tag!.Slug).Distinct().Order());
    }

    [Fact]
    public async Task A_distillation_paper_from_the_seeds_carries_its_tag_with_the_phrases_that_made_it()
    {
        var catalog = await CatalogFixture.CreateAsync(server);

        await catalog.ImportAsync(TestPaths.Seeds);

        await using var db = catalog.CreateDbContext();
        const string title = "BD-KD: Balancing the Divergences for Online Knowledge Distillation";
        var paper = await db.Papers.SingleAsync(p => p.Title == title, TestContext.Current.CancellationToken);
        var distillation = (await TagRows.OfPaperAsync(db, paper.Id))["distillation"];
        var evidence = EvidenceSpan.Parse(distillation.Evidence, paper.Title, paper.Abstract);

        // Title matches count twice: "KD" is worth 1, "online ... distillation" 2.
        Assert.Contains(new EvidenceSpan(EvidenceSpan.Title, 3, 2, "KD", 2.0), evidence);
        Assert.Contains(new EvidenceSpan(EvidenceSpan.Title, title.IndexOf("Online", StringComparison.Ordinal), 29, "Online Knowledge Distillation", 4.0), evidence);
        Assert.InRange(distillation.Confidence, 0.5, 1.0);
    }

    private static void AssertEvidenceIsWhatTheRulesFound(string title, string abstractText, PaperTag tag, TagScore expected)
    {
        // The stored form leaves the phrases out, so they must come back from the paper exactly as the rules matched them.
        Assert.Matches(@"^\[\[""[ta]"",\d+,\d+,[-\d.E]+\](,\[""[ta]"",\d+,\d+,[-\d.E]+\])*\]$", tag.Evidence);
        var evidence = EvidenceSpan.Parse(tag.Evidence, title, abstractText);
        Assert.Contains(evidence, static e => e.Weight > 0);
        Assert.Equal(expected.Evidence, evidence);
        Assert.InRange(tag.Confidence, 0.5, 1.0);
    }
}
