namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>What one chunk wrote: its dump file, its TSV rows (to be appended in order) and its counts.</summary>
internal sealed class ChunkResult(int chunk, string fileName, int firstPaper, int papers, MemoryStream tsv)
{
    private MemoryStream? _tsv = tsv;

    public int Chunk { get; } = chunk;

    /// <summary>The chunk's TSV rows, until they are appended to the TSV file.</summary>
    public MemoryStream Tsv => _tsv ?? throw new InvalidOperationException($"The TSV rows of chunk {Chunk} are already written.");

    public TermTally Tally { get; } = new();

    public int[] TagCounts { get; } = new int[PlantedTechnique.All.Count];

    public long RawTextBytes { get; set; }

    public long DumpBytes { get; set; }

    public CorpusFile File => new(fileName, firstPaper, papers, DumpBytes);

    /// <summary>Appends the TSV rows to <paramref name="target"/> and hands back their buffer: results are kept until the end, rows need not be.</summary>
    public MemoryStream MoveTsvTo(Stream target)
    {
        var rows = Tsv;
        target.Write(rows.GetBuffer(), 0, (int)rows.Length);
        _tsv = null;
        return rows;
    }
}
