using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Data.Configurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.ToTable("tags");
        tag.Property(t => t.Slug).HasMaxLength(TagSlug.MaxLength);
        tag.Property(t => t.Name).HasMaxLength(100);
        tag.Property(t => t.Description).HasMaxLength(1000);
        tag.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        tag.Property(t => t.Aliases).HasColumnType("text[]");
        tag.HasIndex(t => t.Slug).IsUnique();
    }
}
