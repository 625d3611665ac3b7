namespace PaperCatalog.Benchmarks.Bench;

/// <summary>What one bench run measures and where it works.</summary>
/// <param name="CorpusDirectory">A corpus written by <c>papercatalog generate</c>.</param>
/// <param name="WorkDirectory">Where the bench's private PostgreSQL cluster lives (deleted afterwards).</param>
/// <param name="Runs">Warm runs of each query and path, after one unmeasured warm-up run.</param>
/// <param name="EfSamplePapers">How many papers the EF Core SaveChanges comparison imports (both paths).</param>
/// <param name="Http">Whether to start the web app and measure the web tier (wrk, concurrent users).</param>
/// <param name="ColdQueries">How many queries to run cold, each after a PostgreSQL restart (0: none).</param>
/// <param name="LoadSeconds">How long wrk and the concurrent users each run against the web app.</param>
/// <param name="Sessions">How many interactive (Blazor) sessions to open at once to measure memory per session (0: none).</param>
/// <param name="Catalog">
/// A connection string to a catalog that already holds the corpus (imported, say, by <c>import --bulk</c>): search,
/// deep pages and the web tier are measured on it, and the import and cold runs are skipped. Null: a private cluster.
/// </param>
public sealed record BenchOptions(
    string CorpusDirectory, string WorkDirectory, int Runs = 3, int EfSamplePapers = 20_000, bool Http = true, int ColdQueries = 10, int LoadSeconds = 15, int Sessions = 1_000, string? Catalog = null);
