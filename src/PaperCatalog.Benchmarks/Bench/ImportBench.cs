using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using PaperCatalog.Importing;
using PaperCatalog.Importing.Bulk;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>
/// Import figures: the app's bulk path beside a plain psql COPY of the same rows, beside a reference
/// SQL script doing the same work until searchable, with one and two streams, and beside EF Core.
/// </summary>
// Runs a private PostgreSQL cluster, which the project only provisions on Linux.
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class ImportBench(BenchCluster cluster, BenchCorpus corpus, BenchReport report)
{
    private const string SearchVector =
        "setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, abstract), 'B')";

    /// <summary>Runs every import measurement and leaves the two-stream import in the database "bench".</summary>
    public async Task<string> RunAsync(int efSamplePapers, CancellationToken cancellation)
    {
        var copy = await Psql.RunAsync(await cluster.CreateDatabaseAsync("ref_copy", cancellation),
            $"CREATE TABLE corpus_text ({ColumnTypes});\n\\copy corpus_text FROM '{corpus.TsvPath}'\n", cancellation);
        var textIndex = await TextIndexAsync(cancellation);
        var reference = await ReferenceAsync("ref_search", textIndex, cancellation);
        var ginReference = textIndex == "gin" ? reference : await ReferenceAsync("ref_search_gin", "gin", cancellation);
        var one = await BulkAsync("app_one", streams: 1, corpus.DumpFiles, cancellation);
        var benchDatabase = await cluster.CreateDatabaseAsync("bench", cancellation);
        var two = await BulkAsync("bench", streams: 2, corpus.DumpFiles, cancellation);
        await DropAsync("app_one", cancellation);

        report.Section($"Import of {corpus.Papers:#,0} papers (s)", "path", "load", "merge", "tag", "analyze", "until searchable", "until searchable and tagged");
        report.Row("psql COPY, text only", copy.TotalSeconds, "", "", "", "", "");
        report.Row($"reference SQL script (COPY, search vector, {textIndex.ToUpperInvariant()} as the app builds, ANALYZE)", "", "", "", "", reference.TotalSeconds, "");
        if (textIndex != "gin")
        {
            report.Row("reference SQL script with GIN instead (the baseline before ADR-018)", "", "", "", "", ginReference.TotalSeconds, "");
        }

        report.Row("app bulk import, 1 stream", one.Load, one.Merge, one.Tag, one.Analyze, one.Searchable, one.Total);
        report.Row("app bulk import, 2 streams", two.Load, two.Merge, two.Tag, two.Analyze, two.Searchable, two.Total);
        Ratio("import load / psql COPY (2 streams)", two.Load / copy.TotalSeconds, "≤ 1.3", static r => r <= 1.3);
        Ratio("until searchable / reference script", two.Searchable / reference.TotalSeconds, "≤ 1.2", static r => r <= 1.2);
        report.Figure("until searchable / reference script with GIN", two.Searchable / ginReference.TotalSeconds, "");
        Ratio("load speed-up, 2 streams / 1", one.Load / two.Load, "≥ 1.4", static r => r >= 1.4);

        await CompareWithEfCoreAsync(efSamplePapers, cancellation);
        await StorageAsync(benchDatabase, cancellation);
        return benchDatabase;
    }

    /// <summary>
    /// The reference script's work until searchable: load, search vector, the text index the app builds
    /// (RUM where the server offers it, GIN otherwise; ADR-016, ADR-018), ANALYZE. The extension is created
    /// before the clock starts, as the app's catalog has it before its import.
    /// </summary>
    private async Task<TimeSpan> ReferenceAsync(string database, string textIndex, CancellationToken cancellation)
    {
        var connectionString = await cluster.CreateDatabaseAsync(database, cancellation);
        if (textIndex == "rum")
        {
            await ExecuteAsync(connectionString, "CREATE EXTENSION IF NOT EXISTS rum", cancellation);
        }

        var operatorClass = textIndex == "rum" ? " rum_tsvector_ops" : "";
        return await Psql.RunAsync(connectionString,
            $"""
            CREATE TABLE corpus_search ({ColumnTypes}, search_vector tsvector GENERATED ALWAYS AS ({SearchVector}) STORED);
            \copy corpus_search FROM '{corpus.TsvPath}'
            CREATE INDEX ON corpus_search USING {textIndex} (search_vector{operatorClass});
            ANALYZE corpus_search;

            """,
            cancellation);
    }

    /// <summary>The index method the app builds over the search vector on this server (see RumIndex).</summary>
    private async Task<string> TextIndexAsync(CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum')", connection);
        return await command.ExecuteScalarAsync(cancellation) is true ? "rum" : "gin";
    }

    private const string ColumnTypes = "title text, abstract text, published_on date, upvotes integer, author_count integer, organization text, tags text";

    private async Task CompareWithEfCoreAsync(int samplePapers, CancellationToken cancellation)
    {
        // The sample: whole dump files from the start, up to the sample size.
        var files = corpus.DumpFiles.Take(Math.Max(1, (int)Math.Ceiling(corpus.DumpFiles.Count * Math.Min(1.0, samplePapers / (double)corpus.Papers)))).ToList();
        var ef = await StandardAsync("ef_sample", files, cancellation);
        var bulk = await BulkAsync("bulk_sample", streams: 2, files, cancellation);
        await DropAsync("ef_sample", cancellation);
        await DropAsync("bulk_sample", cancellation);
        report.Section($"Bulk path beside EF Core SaveChanges, same {ef.Papers:#,0} papers (s, whole import incl. tagging)", "path", "seconds");
        report.Row("standard import (EF Core change tracking, SaveChanges)", ef.Seconds);
        report.Row("bulk import (binary COPY, set-based merge)", bulk.Total);
        Ratio("bulk speed-up over EF Core SaveChanges", ef.Seconds / bulk.Total, "≥ 4", static r => r >= 4);
    }

    private async Task StorageAsync(string benchDatabase, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(benchDatabase);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            "SELECT pg_database_size(current_database()), pg_total_relation_size('papers'), pg_indexes_size('papers'), pg_total_relation_size('paper_sources'), pg_total_relation_size('paper_tags')", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        double Mb(int column) => reader.GetInt64(column) / 1024.0 / 1024.0;
        report.Section("Storage (MB)", "raw corpus (TSV)", "database", "papers (with indexes)", "papers' indexes", "paper_sources", "paper_tags");
        report.Row(corpus.RawBytes / 1024.0 / 1024.0, Mb(0), Mb(1), Mb(2), Mb(3), Mb(4));
        Ratio("database size / raw corpus", reader.GetInt64(0) / (double)corpus.RawBytes, "≤ 3.5", static r => r <= 3.5);
    }

    private void Ratio(string name, double value, string goal, Func<double, bool> met) => report.Figure(name, value, "", goal, met(value));

    private async Task<BulkFigures> BulkAsync(string database, int streams, IReadOnlyList<string> files, CancellationToken cancellation)
    {
        var contexts = await PreparedAsync(database, cancellation);
        var importer = new BulkImporter(contexts, Options.Create(new ImportOptions()), TimeProvider.System, NullLogger<BulkImporter>.Instance);
        var summary = await importer.ImportAsync(new BulkImportRequest(DumpInput.FromPaths(files), "bench", Streams: streams), cancellation: cancellation);
        if (summary.Error is { } error)
        {
            throw new InvalidOperationException($"The bulk import into {database} failed: {error}");
        }

        var phase = summary.Phases.ToDictionary(static p => p.Key, static p => p.Value.TotalSeconds);
        return new BulkFigures(phase["load"], phase["match"] + phase["write"], phase["tag"] + phase["retag"], phase["analyze"]);
    }

    private async Task<(int Papers, double Seconds)> StandardAsync(string database, IReadOnlyList<string> files, CancellationToken cancellation)
    {
        var contexts = await PreparedAsync(database, cancellation);
        var importer = new CatalogImporter(contexts, Options.Create(new ImportOptions()), TimeProvider.System, NullLogger<CatalogImporter>.Instance);
        var summary = await importer.ImportAsync(new ImportRequest(DumpInput.FromPaths(files), "bench"), cancellation: cancellation);
        return (summary.Added, summary.Elapsed.TotalSeconds);
    }

    private async Task<CatalogContexts> PreparedAsync(string database, CancellationToken cancellation)
    {
        var connectionString = await cluster.CreateDatabaseAsync(database, cancellation);
        await CatalogPreparation.PrepareAsync(connectionString, TimeProvider.System, cancellation);
        return new CatalogContexts(connectionString);
    }

    private async Task DropAsync(string database, CancellationToken cancellation)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(cluster.ConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)", cancellation);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>
    /// A bulk import's phases in seconds. Until searchable is the reference script's work (load, search
    /// vector, indexes, ANALYZE); the app also scores the new papers before it writes them (ADR-013), so
    /// they appear, tagged, after all four phases. Existing papers whose text changed are tagged again
    /// afterwards (counted in Tag; a bench corpus has none).
    /// </summary>
    private sealed record BulkFigures(double Load, double Merge, double Tag, double Analyze)
    {
        public double Searchable => Load + Merge + Analyze;

        public double Total => Load + Merge + Tag + Analyze;
    }
}
