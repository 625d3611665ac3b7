using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Data.Configurations;

internal sealed class DumpFileConfiguration : IEntityTypeConfiguration<DumpFile>
{
    public void Configure(EntityTypeBuilder<DumpFile> file)
    {
        file.ToTable("dump_files");
        file.Property(f => f.FileName).HasMaxLength(260);
        file.Property(f => f.Checksum).HasMaxLength(64);
        file.HasIndex(f => f.Checksum).IsUnique();
    }
}
