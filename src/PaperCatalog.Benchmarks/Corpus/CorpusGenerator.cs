namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Generates a synthetic corpus of research papers for benchmarks: dump files the importer reads,
/// the same papers as a TSV for PostgreSQL's COPY, and a manifest (see <see cref="CorpusLayout"/>).
/// </summary>
/// <remarks>
/// Words come from the seed dumps' vocabulary plus a Zipf-distributed tail of made-up words, so terms
/// exist at every document frequency a search benchmark needs. Chunks (one per dump file) are generated
/// in parallel, each from random streams derived from the seed and its number, so the output is the
/// same bytes for a seed whatever the thread count or scheduling.
/// </remarks>
public static class CorpusGenerator
{
    /// <summary>Generates the corpus <paramref name="options"/> describe and returns its manifest.</summary>
    /// <exception cref="ArgumentException">The options have a problem (see <see cref="CorpusOptions.Problems"/>).</exception>
    public static async Task<CorpusManifest> GenerateAsync(CorpusOptions options, IProgress<CorpusProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (options.Problems() is [var problem, ..])
        {
            throw new ArgumentException($"The corpus cannot be generated: {problem}.", nameof(options));
        }

        var total = options.Papers;
        progress?.Report(new CorpusProgress(CorpusStage.Vocabulary, 0, total));
        var seeds = await SeedVocabulary.LoadAsync(cancellation);
        var tail = ZipfTail.Create(ZipfTail.SizeFor(total), seeds.TitleWords.Concat(seeds.AbstractWords));
        var model = new CorpusModel(options, seeds, tail);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism ?? Environment.ProcessorCount, CancellationToken = cancellation };

        progress?.Report(new CorpusProgress(CorpusStage.Titles, 0, total));
        var hashes = new ulong[total];
        model.TitleRedraws = new byte[total];
        Parallel.For(0, options.FileCount, parallel, chunk => ChunkWriter.DrawTitleKeys(model, chunk, hashes));
        model.Suffixes = TitleSuffixes.Assign(hashes);
        hashes = [];

        Directory.CreateDirectory(options.OutputFolder);
        CorpusLayout.Clear(options.OutputFolder);
        var chunks = await WriteChunksAsync(model, parallel, progress);
        var manifest = Summarize(model, chunks);
        await manifest.WriteAsync(options.OutputFolder, cancellation);
        progress?.Report(new CorpusProgress(CorpusStage.Done, total, total));
        return manifest;
    }

    private static async Task<ChunkResult[]> WriteChunksAsync(CorpusModel model, ParallelOptions parallel, IProgress<CorpusProgress>? progress)
    {
        var options = model.Options;
        var results = new ChunkResult[options.FileCount];
        long done = 0;
        await using var tsv = new FileStream(Path.Combine(options.OutputFolder, CorpusLayout.TsvFileName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var appender = new OrderedAppender(tsv, parallel.MaxDegreeOfParallelism * 2);
        await Parallel.ForEachAsync(Enumerable.Range(0, options.FileCount), parallel, async (chunk, token) =>
        {
            // About 1.6 KB of TSV a paper; a buffer grows if a chunk needs more.
            var rows = await appender.EnterAsync(options.PapersPerFile * 1600, token);
            var result = ChunkWriter.Write(model, chunk, rows, papers => progress?.Report(new CorpusProgress(CorpusStage.Writing, Interlocked.Add(ref done, papers), options.Papers)), token);
            results[chunk] = result;
            appender.Append(result);
        });

        return results;
    }

    private static CorpusManifest Summarize(CorpusModel model, ChunkResult[] chunks)
    {
        var tally = new TermTally();
        var tagCounts = new int[PlantedTechnique.All.Count];
        foreach (var chunk in chunks)
        {
            tally.Add(chunk.Tally);
            for (var t = 0; t < tagCounts.Length; t++)
            {
                tagCounts[t] += chunk.TagCounts[t];
            }
        }

        var options = model.Options;
        var tsvBytes = new FileInfo(Path.Combine(options.OutputFolder, CorpusLayout.TsvFileName)).Length;
        return new CorpusManifest(
            CorpusManifest.CurrentVersion,
            options.Papers,
            options.Seed,
            options.PapersPerFile,
            [.. chunks.Select(static c => c.File)],
            CorpusLayout.TsvFileName,
            chunks.Sum(static c => c.DumpBytes),
            tsvBytes,
            chunks.Sum(static c => c.RawTextBytes),
            CorpusLayout.Columns,
            PlantedTechnique.All.Select((t, i) => (t.Slug, Count: tagCounts[i])).ToDictionary(static p => p.Slug, static p => p.Count),
            model.Tail.Words.Count,
            model.Suffixes.Count,
            ProbeTerms.Choose(model.Tail, tally, options.Papers));
    }
}
