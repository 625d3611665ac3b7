using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Data.Configurations;

internal sealed class PaperTagConfiguration : IEntityTypeConfiguration<PaperTag>
{
    public void Configure(EntityTypeBuilder<PaperTag> paperTag)
    {
        paperTag.ToTable("paper_tags");
        paperTag.HasKey(t => new { t.PaperId, t.TagId });
        paperTag.Property(t => t.Source).HasConversion<string>().HasMaxLength(16);
        paperTag.Property(t => t.DecidedBy).HasMaxLength(256);
        paperTag.HasOne(t => t.Tag).WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);

        // Filtering papers by tag reads only applied tags.
        paperTag.HasIndex(t => new { t.TagId, t.PaperId }).HasFilter("NOT is_rejected");
    }
}
