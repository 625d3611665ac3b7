using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data;
using PaperCatalog.Data.Search;

namespace PaperCatalog.Web.Features.Papers;

/// <summary>Everything the paper page shows about one paper, with a search's words marked when one is given.</summary>
public sealed class GetPaper(IDbContextFactory<CatalogDbContext> contexts, PaperHighlights highlights)
{
    /// <returns>The paper, or <c>null</c> when the catalog has no paper with that id.</returns>
    public async Task<PaperDetails?> HandleAsync(long id, string? query, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var paper = await db.Papers.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.Title, p.TitleIsDerived, p.Abstract, p.PublishedOn, p.PublishedYearInferred, p.AuthorCount, p.Organization, p.Upvotes, p.CreatedAt, p.UpdatedAt,
                Tags = p.Tags.Where(t => !t.IsRejected).OrderBy(t => t.Tag!.Name)
                    .Select(t => new PaperTagInfo(t.Tag!.Slug, t.Tag.Name, t.Source, t.Confidence, t.Evidence)).ToList(),
                Rejected = p.Tags.Where(t => t.IsRejected).OrderBy(t => t.Tag!.Name)
                    .Select(t => new RejectedTag(t.Tag!.Slug, t.Tag.Name, t.DecidedBy, t.UpdatedAt)).ToList(),
            })
            .SingleOrDefaultAsync(cancellation);
        if (paper is null)
        {
            return null;
        }

        var sources = await (from s in db.PaperSources.AsNoTracking()
                             join r in db.ImportRuns on s.ImportRunId equals r.Id
                             where s.PaperId == id
                             orderby r.StartedAt, s.DumpFileId, s.LineNumber
                             select new Provenance(s.DumpFile!.FileName, s.DumpFile.Checksum, s.LineNumber, r.Id, r.RequestedBy, r.StartedAt)).ToListAsync(cancellation);

        var marked = string.IsNullOrWhiteSpace(query) ? null : await highlights.ForAsync(id, query, cancellation);
        return new PaperDetails(
            paper.Id,
            marked?.Title ?? HighlightedText.Plain(paper.Title),
            paper.TitleIsDerived,
            marked?.Abstract ?? HighlightedText.Plain(paper.Abstract),
            paper.PublishedOn,
            paper.PublishedYearInferred,
            paper.AuthorCount,
            paper.Organization,
            paper.Upvotes,
            paper.CreatedAt,
            paper.UpdatedAt,
            paper.Tags,
            paper.Rejected,
            sources);
    }
}

/// <summary>One paper in full.</summary>
public sealed record PaperDetails(
    long Id,
    HighlightedText Title,
    bool TitleIsDerived,
    HighlightedText Abstract,
    DateOnly? PublishedOn,
    bool PublishedYearInferred,
    int? AuthorCount,
    string? Organization,
    int Upvotes,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<PaperTagInfo> Tags,
    IReadOnlyList<RejectedTag> RejectedTags,
    IReadOnlyList<Provenance> Sources);

/// <summary>A tag an editor decided the paper does not carry; the rules may not bring it back.</summary>
public sealed record RejectedTag(string Slug, string Name, string? DecidedBy, DateTimeOffset DecidedAt);

/// <summary>Where a paper was seen: which dump (by name and checksum), which line, and which import run.</summary>
public sealed record Provenance(string FileName, string FileChecksum, int LineNumber, long ImportRunId, string ImportedBy, DateTimeOffset SeenAt);
