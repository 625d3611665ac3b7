using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Data.Configurations;

internal sealed class PaperConfiguration : IEntityTypeConfiguration<Paper>
{
    /// <summary>The shadow property holding the weighted full-text document.</summary>
    public const string SearchVector = "SearchVector";

    /// <summary>The compression of a paper's long values (PostgreSQL 14 or later, built with lz4).</summary>
    public const string TextCompression = "lz4";

    public void Configure(EntityTypeBuilder<Paper> paper)
    {
        paper.ToTable("papers");

        // Keep a paper's row whole up to 4 KB, so that its search vector is in the row, not in TOAST. At the
        // default 2 KB target a typical row (a 1.5 KB abstract and a 2 KB vector, which hardly compresses)
        // moved every vector out, so each match test and rank fetched it from the TOAST table (ADR-011).
        paper.HasStorageParameter("toast_tuple_target", 4080);
        // A row over that target is compressed before anything moves out. lz4 compresses what pglz leaves
        // as it is (pglz gives up unless it saves a quarter), and reads back faster (ADR-023).
        paper.Property(p => p.Title).IsRequired().UseCompressionMethod(TextCompression);
        paper.Property(p => p.Abstract).IsRequired().UseCompressionMethod(TextCompression);
        paper.Property(p => p.Organization).HasMaxLength(Paper.MaxOrganizationLength);
        paper.Property(p => p.Upvotes).HasDefaultValue(0);

        // Written by PostgreSQL, never by EF Core: triggers compute it from the text, or the bulk import brings it
        // computed by the same function on its own connections (migration SearchVectorsComputedAhead).
        paper.Property<NpgsqlTsVector>(SearchVector).ValueGeneratedOnAddOrUpdate().UseCompressionMethod(TextCompression);
        // The vector's index is not in the model: RumIndex picks RUM, or GIN where the server lacks RUM (ADR-016).

        // papers.tag_ids (a copy of the applied tags, and its GIN index) is left out of the model on purpose:
        // only the TagIdsOnPapers migration's triggers write it and only search SQL reads it (ADR-013).

        paper.HasIndex(p => p.TitleKey).IsUnique();
        paper.HasIndex(p => p.AbstractKey);
        paper.HasIndex(p => p.PublishedOn);

        // Keyset paging for "most upvoted"; "newest" uses an expression index made in the SearchIndexes migration.
        paper.HasIndex(p => new { p.Upvotes, p.Id }).IsDescending();

        // No trigram index on titles: "did you mean" finds titles through the text index (ADR-026).

        paper.HasMany(p => p.Sources).WithOne().HasForeignKey(s => s.PaperId).OnDelete(DeleteBehavior.Cascade);
        paper.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.PaperId).OnDelete(DeleteBehavior.Cascade);
    }
}
