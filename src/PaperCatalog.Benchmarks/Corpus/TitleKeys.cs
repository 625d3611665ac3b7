using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// 64-bit fingerprints (FNV-1a) of titles folded as the importer folds them before it fingerprints them (<see cref="PaperKeys.ForTitle"/>).
/// </summary>
/// <remarks>
/// Keeping every key of a 2.5-million-paper corpus would take hundreds of megabytes; a fingerprint takes
/// eight bytes. Two different keys with one fingerprint only cost a needless suffix, never a duplicate.
/// FNV-1a is a running hash, so the fingerprint of a key with a suffix follows from the key's own.
/// </remarks>
internal static class TitleKeys
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Hash(string title) => Continue(Offset, PaperKeys.Fold(title));

    /// <summary>The fingerprint of a key that continues the one fingerprinted as <paramref name="hash"/> with <paramref name="folded"/>.</summary>
    public static ulong Continue(ulong hash, ReadOnlySpan<char> folded)
    {
        foreach (var c in folded)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
