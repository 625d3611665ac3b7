using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaperCatalog.Domain.Papers;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Data.Configurations;

internal sealed class PaperTagChangeConfiguration : IEntityTypeConfiguration<PaperTagChange>
{
    public void Configure(EntityTypeBuilder<PaperTagChange> change)
    {
        change.ToTable("paper_tag_changes");
        change.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        change.Property(c => c.ChangedBy).HasMaxLength(256);
        change.Property(c => c.Note).HasMaxLength(PaperTagChange.MaxNoteLength);
        change.HasOne<Paper>().WithMany().HasForeignKey(c => c.PaperId).OnDelete(DeleteBehavior.Cascade);
        change.HasOne<Tag>().WithMany().HasForeignKey(c => c.TagId).OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => new { c.PaperId, c.ChangedAt });
    }
}
