using PaperCatalog.Benchmarks.Corpus;
using PaperCatalog.Domain.Papers;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>Titles that share a key are told apart by suffixes, the first of them keeping its title.</summary>
public sealed class TitleSuffixesTests
{
    [Fact]
    public void Of_titles_sharing_a_key_only_the_later_ones_get_a_suffix_and_every_key_ends_up_distinct()
    {
        string[] titles = ["Sparse Attention", "Dense Retrieval", "sparse attention!", "Sparse-Attention", "Dense Retrieval"];
        var suffixes = TitleSuffixes.Assign([.. titles.Select(TitleKeys.Hash)]);

        Assert.Equal([2, 3, 4], suffixes.Keys.Order());
        var final = titles.Select((t, i) => t + suffixes.GetValueOrDefault(i, "")).ToList();
        Assert.Equal(titles.Length, final.Select(PaperKeys.ForTitle).Distinct().Count());
        Assert.All(suffixes.Values, static s => Assert.Matches(@"^ \(R[0-9B-DF-HJ-NP-TV-XZ]+\)$", s));
    }

    [Fact]
    public void A_suffix_that_would_recreate_another_title_is_skipped()
    {
        // Paper 1 repeats paper 0; its first suffix would be " (R1)", which is paper 2's title key.
        string[] titles = ["Graph Models", "Graph Models", "Graph Models R1"];
        var suffixes = TitleSuffixes.Assign([.. titles.Select(TitleKeys.Hash)]);

        Assert.Equal(TitleSuffixes.Make(1 + 3), suffixes[1]);
    }

    [Fact]
    public void The_key_fingerprint_of_a_suffixed_title_continues_the_titles_own() =>
        Assert.Equal(TitleKeys.Hash("Graph Models (R7K)"), TitleKeys.Continue(TitleKeys.Hash("Graph Models"), PaperKeys.Fold(" (R7K)")));
}
