using PaperCatalog.Benchmarks.Corpus;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>The vocabulary the generator learns from the embedded seed dumps.</summary>
public sealed class SeedVocabularyTests
{
    [Fact]
    public async Task It_keeps_words_as_written_and_the_shape_of_real_papers()
    {
        var seeds = await SeedVocabulary.LoadAsync(TestContext.Current.CancellationToken);

        Assert.InRange(seeds.Papers, 300, 460);
        Assert.Contains("Language", seeds.TitleWords);
        Assert.Contains(seeds.AbstractWords, static w => w.EndsWith(','));
        Assert.Contains(seeds.AbstractWords, static w => w.StartsWith('('));
        Assert.DoesNotContain("distillation", seeds.AbstractWords);
        Assert.InRange(seeds.AbstractLengths.Average(), 100, 300);
        Assert.InRange(seeds.TitleLengths.Average(), 5, 15);
        Assert.Contains("Tencent", seeds.Organizations);
        Assert.NotEmpty(seeds.AuthorCounts);
    }

    [Fact]
    public async Task The_embedded_seeds_are_the_checkouts()
    {
        var embedded = await SeedVocabulary.LoadAsync(TestContext.Current.CancellationToken);
        var checkout = await SeedVocabulary.LoadAsync(Testing.TestPaths.Seeds, TestContext.Current.CancellationToken);

        Assert.Equal(checkout.AbstractWords, embedded.AbstractWords);
        Assert.Equal(checkout.AbstractWordCounts, embedded.AbstractWordCounts);
    }
}
