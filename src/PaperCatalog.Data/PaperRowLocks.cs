using Microsoft.EntityFrameworkCore;

namespace PaperCatalog.Data;

/// <summary>
/// Locks papers' rows in id order before their tag rows change. The triggers that keep papers.tag_ids
/// (ADR-013) lock each changed paper's row statement by statement, in the order EF Core sends its
/// statements (deleted, then modified, then added rows); two writers that each took some of the same
/// papers in different orders would deadlock. Writers that lock all their papers first, in one order,
/// cannot. Call it inside the transaction that changes the tags.
/// </summary>
/// <returns>The ids of the papers that exist and are now locked, in id order.</returns>
public static class PaperRowLocks
{
    public static async Task<IReadOnlyList<long>> LockAsync(CatalogDbContext db, IEnumerable<long> paperIds, CancellationToken cancellation = default)
    {
        var ids = paperIds.Distinct().ToArray();
        return ids.Length == 0
            ? []
            : await db.Database.SqlQuery<long>($"SELECT id AS \"Value\" FROM papers WHERE id = ANY({ids}) ORDER BY id FOR NO KEY UPDATE").ToListAsync(cancellation);
    }
}
