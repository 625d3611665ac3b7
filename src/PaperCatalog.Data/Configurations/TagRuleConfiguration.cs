using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Data.Configurations;

internal sealed class TagRuleConfiguration : IEntityTypeConfiguration<TagRule>
{
    public void Configure(EntityTypeBuilder<TagRule> rule)
    {
        rule.ToTable("tag_rules");
        rule.Property(r => r.Pattern).HasMaxLength(RulePattern.MaxLength);
        rule.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        rule.Property(r => r.Note).HasMaxLength(500);
        rule.Property(r => r.UpdatedBy).HasMaxLength(256);
        rule.HasOne<Tag>().WithMany().HasForeignKey(r => r.TagId).OnDelete(DeleteBehavior.Cascade);
        rule.HasIndex(r => r.TagId);
    }
}
