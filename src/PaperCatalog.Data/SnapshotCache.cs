using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace PaperCatalog.Data;

/// <summary>
/// Recent read results (searches, the techniques page, related papers), each kept under what was read and the
/// PostgreSQL snapshot it was read in (ADR-014). Two reads under one snapshot see the same rows, so a hit is never
/// stale: any write committed since, by the app, the CLI or psql, gives later reads another snapshot and so another
/// key. Views repeat (the front page, each technique, shared links, back and forward), and those repeats are hits.
/// </summary>
public sealed class SnapshotCache : IDisposable
{
    // Idle entries go after this long: a busy catalog's old snapshots are never asked for again.
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _entries;

    /// <param name="capacity">How many results to keep at most (each entry counts one).</param>
    public SnapshotCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, TrackStatistics = true });
    }

    /// <summary>Hits and misses since the app started.</summary>
    public (long Hits, long Misses) Statistics
    {
        get
        {
            var statistics = _entries.GetCurrentStatistics();
            return (statistics?.TotalHits ?? 0, statistics?.TotalMisses ?? 0);
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> in a <c>REPEATABLE READ</c> transaction on <paramref name="db"/>, unless a read with
    /// the same key already ran under the same snapshot. Every statement of the read sees that snapshot, so the
    /// result kept is the one the key names.
    /// </summary>
    /// <param name="keyFor">The key of this read under the snapshot given: a record holding the snapshot and every input of the read.</param>
    /// <param name="read">The read; null when its answer is not to be kept (a lookup that ran out of time).</param>
    public async Task<T?> ReadAsync<T>(DbContext db, Func<string, object> keyFor, Func<Task<T?>> read, CancellationToken cancellation)
        where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellation);
        var snapshot = await db.Database.SqlQueryRaw<string>("SELECT pg_current_snapshot()::text AS \"Value\"").SingleAsync(cancellation);
        var key = keyFor(snapshot);
        if (_entries.TryGetValue(key, out T? result))
        {
            return result;
        }

        result = await read();
        if (result is not null)
        {
            _entries.Set(key, result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
        }

        return result;
    }

    public void Dispose() => _entries.Dispose();
}
