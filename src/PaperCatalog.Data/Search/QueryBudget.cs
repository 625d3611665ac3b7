using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PaperCatalog.Data.Search;

/// <summary>
/// Runs an optional read (suggestions, related papers) under a time budget. PostgreSQL cancels it past the budget,
/// and the caller gets the fallback instead of a page that waits or fails. The timeout is set for the read's own
/// transaction, in a statement of its own: set inside the read's batch it would not apply to that batch.
/// </summary>
internal static class QueryBudget
{
    /// <param name="setting">A further setting for the transaction (<c>set_config(name, value, true)</c>).</param>
    public static async Task<T> WithinAsync<T>(
        CatalogDbContext db, TimeSpan budget, T fallback, Func<Task<T>> read, CancellationToken cancellation, (string Name, string Value)? setting = null)
    {
        // Inside a caller's transaction (a read kept in SnapshotCache) the settings last until that one ends.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellation) : null;
        if (setting is { } extra)
        {
            await db.Database.ExecuteSqlAsync($"SELECT set_config({extra.Name}, {extra.Value}, true)", cancellation);
        }

        // Set last, so that it times the read alone: set before the further setting, a budget of 1 ms once ran out
        // on that statement in CI, outside the read, and failed the lookup instead of giving the fallback.
        var milliseconds = ((int)Math.Ceiling(budget.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlAsync($"SELECT set_config('statement_timeout', {milliseconds}, true)", cancellation);

        try
        {
            return await read();
        }
        catch (PostgresException timedOut) when (timedOut.SqlState == PostgresErrorCodes.QueryCanceled && !cancellation.IsCancellationRequested)
        {
            return fallback;
        }
    }
}
