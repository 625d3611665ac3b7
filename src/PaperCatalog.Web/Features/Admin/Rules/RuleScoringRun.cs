using PaperCatalog.Importing.Tagging;
using PaperCatalog.Web.Components.Shared;

namespace PaperCatalog.Web.Features.Admin.Rules;

/// <summary>
/// A preview or apply of rules started from a page: how far its pass over the catalog has got, and the admin's way to
/// stop it (<see cref="RuleScoringProgressBar"/> shows both). A cancelled preview shows nothing; a cancelled apply is
/// rolled back and changes nothing, unless it was already committing.
/// </summary>
/// <remarks>
/// Not disposable: its token source has no timer to release, and a Cancel clicked as the run ends (the button's handler
/// lives until the browser has the next render) must find it usable.
/// </remarks>
/// <param name="action">What the run does, for its progress line: "Previewing", "Applying".</param>
/// <param name="writes">Whether it writes the tags once every paper is scored.</param>
public sealed class RuleScoringRun(string action, bool writes) : IProgress<RuleScoringProgress>
{
    private readonly CancellationTokenSource _cancellation = new();
    private volatile RuleScoringProgress? _progress;

    public string Action => action;

    public bool Writes => writes;

    /// <summary>Null until the pass has counted the catalog's papers.</summary>
    public RuleScoringProgress? Progress => _progress;

    public CancellationToken Cancellation => _cancellation.Token;

    public bool IsCancelled => _cancellation.IsCancellationRequested;

    /// <summary>Raised on every report and on cancelling, on whichever thread reported.</summary>
    public event Action? Changed;

    public void Report(RuleScoringProgress value)
    {
        _progress = value;
        Changed?.Invoke();
    }

    /// <remarks>
    /// Asynchronous because cancelling runs the token's callbacks, and Npgsql's opens a connection to ask PostgreSQL to
    /// stop the statement: not on the page's thread.
    /// </remarks>
    public async Task CancelAsync()
    {
        if (!IsCancelled)
        {
            var cancelling = _cancellation.CancelAsync();
            Changed?.Invoke();
            await cancelling;
        }
    }

    /// <summary>Stops a preview no one will see (the page is left or drawn afresh); an apply the admin asked for goes on.</summary>
    public void StopIfPreview()
    {
        if (!Writes)
        {
            _ = CancelAsync();
        }
    }

    /// <summary>Runs <paramref name="change"/> through <paramref name="attempts"/>; once cancelled, its result is default and no failure.</summary>
    public async Task<(T? Result, string? Failure)> RunAsync<T>(ChangeAttempts attempts, string what, Func<Task<T>> change)
    {
        try
        {
            return await attempts.RunAsync(what, change, Cancellation);
        }
        catch (OperationCanceledException) when (IsCancelled)
        {
            return (default, null);
        }
    }
}
