namespace PaperCatalog.Web.Components.Shared;

/// <summary>
/// Runs a change someone asked for on a page (or a read the page can do without, such as refreshing a list after
/// one). When the database fails it, the page gets a message to show and keeps its state (the review queue, the
/// rules being edited); an exception would replace the page with its error boundary, or be lost outside an event.
/// </summary>
/// <remarks>
/// The changes run through here each write in one transaction, with their audit entry, so one that failed before its
/// commit left nothing behind, and trying again is safe: a decision already made says so. Only a connection lost
/// during the commit itself leaves the outcome unknown, so the message does not promise that nothing was saved.
/// Failures that are not the database's still throw, to the page's error boundary.
/// </remarks>
public sealed class ChangeAttempts(ILogger<ChangeAttempts> logger)
{
    /// <summary>
    /// Runs <paramref name="change"/>; null when it went through, else what to tell the person, naming
    /// <paramref name="what"/> ("Confirming Distillation").
    /// </summary>
    /// <param name="cancellation">
    /// The person's own cancel: the cancellation it causes is not the database's failure (PostgreSQL reports a cancelled
    /// statement as it reports one that ran out of time) and is thrown to the caller, which asked for it. A failure of
    /// the database after the cancel (during a COMMIT, which is never cancelled) is still told as one.
    /// </param>
    public async Task<string?> RunAsync(string what, Func<Task> change, CancellationToken cancellation = default)
    {
        try
        {
            await change();
            return null;
        }
        catch (Exception failure) when (!(failure is OperationCanceledException && cancellation.IsCancellationRequested) && DatabaseFailure.Describe(failure) is { } reason)
        {
            logger.LogWarning(failure, "{What} failed: {Reason}", what, reason);
            return $"{what} failed: {reason}. Try again.";
        }
    }

    /// <summary>Runs <paramref name="change"/> as the other overload does, and hands back its result (default when it failed).</summary>
    public async Task<(T? Result, string? Failure)> RunAsync<T>(string what, Func<Task<T>> change, CancellationToken cancellation = default)
    {
        T? result = default;
        var failure = await RunAsync(what, async () => { result = await change(); }, cancellation);
        return (result, failure);
    }
}
