namespace PaperCatalog.Importing;

/// <summary>
/// An import's COMMIT lost its answer and whether it went through could not be learned. Its run may yet be in the
/// catalog, so a failure must not be recorded under the same run id.
/// </summary>
/// <param name="cause">What failed the COMMIT.</param>
/// <param name="unanswered">Why the check that followed could not tell, if it failed; kept as the inner exception for the log.</param>
internal sealed class CommitOutcomeUnknownException(long runId, Exception cause, Exception? unanswered) : Exception(
    $"the connection to the database was lost while the import committed, and whether it was stored as run {runId} could not be learned ({cause.GetBaseException().Message}); look for run {runId} in the import history",
    unanswered ?? cause)
{
    /// <summary>The id the import's run would have, had it committed.</summary>
    public long RunId { get; } = runId;
}
