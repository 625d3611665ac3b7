using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Domain.Imports;

namespace PaperCatalog.Web.Features.Admin.Imports;

/// <summary>The import history: every run with who, when, files, checksums, counts and its rejected records.</summary>
public sealed class ListImportRuns(IDbContextFactory<CatalogDbContext> contexts)
{
    public const int Limit = 100;

    public async Task<IReadOnlyList<ImportRunView>> HandleAsync(CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(Limit)
            .Select(r => new ImportRunView(
                r.Id, r.StartedAt, r.FinishedAt, r.Status, r.RequestedBy, r.ReferenceDate, r.Parsed, r.Added, r.Updated, r.Unchanged, r.Rejected, r.Error,
                r.Files.OrderBy(f => f.Id).Select(f => new ImportRunFileView(f.FileName, f.Checksum, f.SizeBytes, f.Format, f.Parsed, f.Rejected, f.Error, f.PreviouslyImportedInRunId)).ToList(),
                r.Rejections.OrderBy(x => x.FileName).ThenBy(x => x.LineNumber).Select(x => new ImportRejectionView(x.FileName, x.LineNumber, x.Reason, x.Excerpt)).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellation);
    }
}

public sealed record ImportRunView(
    long Id,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    ImportStatus Status,
    string RequestedBy,
    DateOnly? ReferenceDate,
    int Parsed,
    int Added,
    int Updated,
    int Unchanged,
    int Rejected,
    string? Error,
    IReadOnlyList<ImportRunFileView> Files,
    IReadOnlyList<ImportRejectionView> Rejections);

public sealed record ImportRunFileView(string FileName, string Checksum, long SizeBytes, string? Format, int Parsed, int Rejected, string? Error, long? PreviouslyImportedInRunId);

public sealed record ImportRejectionView(string FileName, int LineNumber, string Reason, string? Excerpt);
