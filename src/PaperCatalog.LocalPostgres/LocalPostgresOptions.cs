namespace PaperCatalog.LocalPostgres;

/// <summary>Where and how to run the catalog's private PostgreSQL server.</summary>
public sealed record LocalPostgresOptions
{
    /// <summary>The cluster's data folder; created with initdb when it does not exist yet.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The database the catalog uses inside the cluster; created when missing.</summary>
    public string Database { get; init; } = "papercatalog";

    /// <summary>The folder with initdb and pg_ctl; found under /usr/lib/postgresql when not set.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>Installs Debian's postgresql package when the binaries are missing (root only).</summary>
    public bool InstallIfMissing { get; init; } = true;

    /// <summary>
    /// A throwaway cluster for tests: durability off for speed, and the data folder deleted on stop.
    /// </summary>
    public bool Ephemeral { get; init; }

    /// <summary>Extra postgresql.conf settings, such as shared_buffers.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
