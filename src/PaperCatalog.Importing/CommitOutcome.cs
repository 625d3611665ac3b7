namespace PaperCatalog.Importing;

/// <summary>What became of a transaction whose COMMIT lost its answer.</summary>
internal enum CommitOutcome
{
    RolledBack,
    Committed,

    /// <summary>Its session could not be ended or the catalog not read, so the run's row may yet appear.</summary>
    Unknown,
}
