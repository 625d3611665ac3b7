using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaperCatalog.Data.Accounts;

namespace PaperCatalog.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_log");
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(64);
        entry.Property(e => e.Target).HasMaxLength(300);
        entry.Property(e => e.Details).HasMaxLength(4000);
        entry.Property(e => e.RemoteAddress).HasMaxLength(64);
        entry.HasIndex(e => e.At);
    }
}
