namespace PaperCatalog.IntegrationTests.Api;

/// <summary>
/// Tests that expect a second read to be a cache hit. PostgreSQL's snapshot is the whole cluster's, so a write by a
/// test running at the same time in another database (even its CREATE DATABASE) gives the second read a new snapshot
/// and a miss; these tests run alone, after the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SnapshotCacheCollection
{
    public const string Name = "Snapshot cache";

    /// <summary>
    /// Reads twice, and again while the two come back as different objects, a few times at most: autovacuum may still
    /// be analyzing other tests' databases, and its commit, too, gives the second read a new snapshot. A cache that
    /// never hits still returns two different objects.
    /// </summary>
    public static async Task<(T First, T Again)> ReadTwiceAsync<T>(Func<Task<T>> read)
        where T : class?
    {
        var (first, again) = (await read(), await read());
        // Two nulls are no hit: a read that ran out of time answers null and is not kept.
        for (var attempt = 1; attempt < 5 && (first is null || !ReferenceEquals(first, again)); attempt++)
        {
            (first, again) = (await read(), await read());
        }

        return (first, again);
    }
}
