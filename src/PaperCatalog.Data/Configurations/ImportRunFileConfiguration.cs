using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaperCatalog.Domain.Imports;

namespace PaperCatalog.Data.Configurations;

internal sealed class ImportRunFileConfiguration : IEntityTypeConfiguration<ImportRunFile>
{
    public void Configure(EntityTypeBuilder<ImportRunFile> file)
    {
        file.ToTable("import_run_files");
        file.Property(f => f.FileName).HasMaxLength(260);
        file.Property(f => f.Checksum).HasMaxLength(64);
        file.Property(f => f.Format).HasMaxLength(40);
        file.HasIndex(f => f.Checksum);
    }
}
