namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>How far a corpus generation has got.</summary>
/// <param name="Done">Papers done in this stage.</param>
/// <param name="Total">Papers in the corpus.</param>
public readonly record struct CorpusProgress(CorpusStage Stage, long Done, long Total)
{
    public double Fraction => Total == 0 ? 1 : (double)Done / Total;
}

/// <summary>The stages of a corpus generation, in order.</summary>
public enum CorpusStage
{
    /// <summary>Reading the seed dumps and making up the tail words.</summary>
    Vocabulary,

    /// <summary>Drawing every title once, to find titles that share a key.</summary>
    Titles,

    /// <summary>Writing the dump files and the TSV.</summary>
    Writing,

    /// <summary>Done; the manifest is written.</summary>
    Done,
}
