namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>What one chunk wrote: its dump file, its TSV rows (to be appended in order) and its counts.</summary>
internal sealed class ChunkResult(int chunk, string fileName, int firstPaper, int papers)
{
    public int Chunk { get; } = chunk;

    public MemoryStream Tsv { get; } = new(papers * 1600);

    public TermTally Tally { get; } = new();

    public int[] TagCounts { get; } = new int[PlantedTechnique.All.Count];

    public long RawTextBytes { get; set; }

    public long DumpBytes { get; set; }

    public CorpusFile File => new(fileName, firstPaper, papers, DumpBytes);
}
