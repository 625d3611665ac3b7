namespace PaperCatalog.Importing;

/// <summary>
/// The advisory lock that serializes everything rewriting papers' automatic tags (imports of both kinds, rule changes)
/// across every process that shares the database. Each holds it for its whole transaction
/// (<c>pg_advisory_xact_lock</c>), so a crash releases it.
/// </summary>
public static class ImportLock
{
    public const long Key = 0x50_41_50_45_52_43_41_54; // "PAPERCAT"
}
