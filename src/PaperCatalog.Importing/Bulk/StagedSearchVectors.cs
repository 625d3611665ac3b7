using Npgsql;

namespace PaperCatalog.Importing.Bulk;

/// <summary>
/// The search vectors of the staged records that look like new papers, computed ahead on connections of
/// their own while the merge matches and tags on its one connection. Writing the new papers then only copies
/// each vector, instead of computing them all on one core inside the insert: the slowest part of it (ADR-017).
/// </summary>
/// <remarks>
/// A record "looks new" when no stored paper has its title or abstract key. Being wrong costs nothing but
/// time: a vector computed for a record whose paper is known, or that loses to another record of the same new
/// paper, is not used; a new paper without one gets it from the papers table's insert trigger, through the
/// same <c>paper_search_vector</c>.
/// </remarks>
internal sealed class StagedSearchVectors(string connectionString, string staging)
{
    private readonly CancellationTokenSource _stop = new();

    public string Name { get; } = staging + "_vectors";

    /// <summary>Completes when every vector is in the table; already complete when none were started (a dry run).</summary>
    public Task Computed { get; private set; } = Task.CompletedTask;

    // Vectors are about 2 KB and hardly compress: kept whole in their rows, as in papers (ADR-011), so that
    // neither side writes or reads them through TOAST.
    public Task CreateAsync(CancellationToken cancellation) => ExecuteAsync(
        $"""
        DROP TABLE IF EXISTS {Name};
        CREATE UNLOGGED TABLE {Name} (file_order integer NOT NULL, line_number integer NOT NULL, title_is_derived boolean NOT NULL, search_vector tsvector NOT NULL)
            WITH (toast_tuple_target = 8160)
        """,
        cancellation);

    /// <summary>
    /// Starts computing on <paramref name="connections"/> connections at once, each a share of the records.
    /// Call it once the import holds its lock: an import still waiting for it must not read papers.
    /// </summary>
    public void Start(int connections, CancellationToken cancellation) => Computed = ComputeAsync(connections, cancellation);

    /// <summary>Stops a computation still running (the merge failed or was cancelled) and waits for it to end.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Computed;
        }
        catch (Exception failure) when (failure is OperationCanceledException || CatalogImporter.IsDatabaseFailure(failure))
        {
            // The merge has reported it, or failed before it needed the vectors.
        }
        finally
        {
            _stop.Dispose();
        }
    }

    private async Task ComputeAsync(int connections, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, _stop.Token);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(share => ExecuteAsync(
            $"""
            INSERT INTO {Name} (file_order, line_number, title_is_derived, search_vector)
            SELECT s.file_order, s.line_number, s.title_is_derived, paper_search_vector(s.title, s.title_is_derived, s.abstract)
            FROM {staging} s
            WHERE (hashint4(s.line_number) & 65535) % {connections} = {share}
              AND NOT EXISTS (SELECT 1 FROM papers p WHERE p.title_key = s.title_key)
              AND NOT EXISTS (SELECT 1 FROM papers p WHERE p.abstract_key = s.abstract_key)
            """,
            stop.Token)));
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
