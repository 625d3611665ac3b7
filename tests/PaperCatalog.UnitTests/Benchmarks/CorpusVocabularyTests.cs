namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>
/// The corpus has words at every document frequency a search benchmark probes, from a handful of papers
/// to a fifth of them, and the manifest's probe terms say exactly how many papers hold each.
/// </summary>
[Collection(SmallCorpusCollection.Name)]
public sealed class CorpusVocabularyTests(SmallCorpus corpus)
{
    private static readonly char[] Punctuation = ['.', ',', ';', ':', '(', ')', '"', '\'', '?', '!', '[', ']', '{', '}'];

    [Fact]
    public void Word_document_frequencies_have_a_long_tail_and_every_band_a_benchmark_probes()
    {
        var papersPerWord = PapersPerWord();
        var n = (double)corpus.Rows.Count;

        Assert.True(papersPerWord.Values.Count(static c => c <= 3) > 10_000, "Thousands of words in at most 0.1% of papers.");
        foreach (var target in new[] { 0.001, 0.01, 0.05, 0.2 })
        {
            Assert.Contains(papersPerWord.Values, c => c / n >= target / 1.5 && c / n <= target * 1.5);
        }

        Assert.Contains(papersPerWord.Values, c => c / n >= 0.2);
    }

    [Fact]
    public void Each_probe_term_is_in_exactly_the_papers_the_manifest_says()
    {
        var papersPerWord = PapersPerWord();

        Assert.Equal(5, corpus.Manifest.ProbeTerms.Count);
        Assert.All(corpus.Manifest.ProbeTerms, probe =>
        {
            Assert.Equal(probe.Term.ToLowerInvariant(), probe.Term);
            Assert.Equal(probe.Papers, papersPerWord[probe.Term]);
        });
        Assert.InRange(corpus.Manifest.ProbeTerms[^1].Fraction, 0.15, 0.25);
    }

    // Words as a search engine would see them, roughly: lower case, without surrounding punctuation, once per paper.
    private Dictionary<string, int> PapersPerWord()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in corpus.Rows)
        {
            var words = $"{row.Title} {row.Abstract}".Split(' ').Select(static w => w.Trim(Punctuation).ToLowerInvariant()).Where(static w => w.Length > 0);
            foreach (var word in words.ToHashSet())
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }
}
