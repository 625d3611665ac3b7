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
}
