using Microsoft.Extensions.Caching.Memory;

namespace PaperCatalog.Data.Search;

/// <summary>
/// Recent search results, each kept under the search and the PostgreSQL snapshot it read (ADR-014). Two reads
/// under one snapshot see the same rows, so a hit is never stale: any write committed since, by the app, the CLI
/// or psql, gives later searches another snapshot and so another key. Every first page view searches twice
/// (prerendered, then interactive), and the second search is a hit.
/// </summary>
public sealed class SearchResultCache : IDisposable
{
    // Idle entries go after this long: a busy catalog's old snapshots are never asked for again.
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _entries;

    /// <param name="capacity">How many results to keep at most (each entry counts one).</param>
    public SearchResultCache(int capacity)
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

    public bool TryGet(SearchCacheKey key, out PaperSearchResult result) => _entries.TryGetValue(key, out result!);

    public void Add(SearchCacheKey key, PaperSearchResult result) =>
        _entries.Set(key, result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });

    public void Dispose() => _entries.Dispose();
}
