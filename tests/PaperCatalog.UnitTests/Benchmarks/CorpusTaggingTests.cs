using PaperCatalog.Domain.Tagging;
using PaperCatalog.UnitTests.Tagging;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>
/// The techniques the TSV says were planted are the ones the shipped tagging engine finds in the text,
/// so a benchmark can check tagging results against the TSV.
/// </summary>
[Collection(SmallCorpusCollection.Name)]
public sealed class CorpusTaggingTests(SmallCorpus corpus)
{
    [Fact]
    public void Every_technique_is_planted_in_a_few_percent_of_papers() =>
        Assert.All(Taxonomy.Techniques, technique =>
            Assert.InRange(corpus.Rows.Count(r => r.Tags.Contains(technique.Slug)) / (double)corpus.Rows.Count, 0.02, 0.11));

    [Fact]
    public void The_shipped_engine_tags_the_planted_papers_with_precision_and_recall_of_at_least_90_percent()
    {
        var engine = Engines.Shipped();
        var applied = corpus.Rows.Select(r => engine.Applied(r.Title, r.Abstract)).ToList();
        Assert.All(Taxonomy.Techniques, technique =>
        {
            var (truePositives, planted, found) = (0, 0, 0);
            for (var i = 0; i < corpus.Rows.Count; i++)
            {
                var isPlanted = corpus.Rows[i].Tags.Contains(technique.Slug);
                var isFound = applied[i].Contains(technique.Slug);
                (planted, found, truePositives) = (planted + (isPlanted ? 1 : 0), found + (isFound ? 1 : 0), truePositives + (isPlanted && isFound ? 1 : 0));
            }

            Assert.True(truePositives >= 0.9 * found, $"{technique.Slug}: precision {truePositives}/{found}");
            Assert.True(truePositives >= 0.9 * planted, $"{technique.Slug}: recall {truePositives}/{planted}");
        });
    }

    [Fact]
    public void The_tsv_tags_are_the_manifests_counts() =>
        Assert.All(corpus.Manifest.TagCounts, pair => Assert.Equal(pair.Value, corpus.Rows.Count(r => r.Tags.Contains(pair.Key))));
}
