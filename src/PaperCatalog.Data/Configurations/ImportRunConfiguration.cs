using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaperCatalog.Domain.Imports;

namespace PaperCatalog.Data.Configurations;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> run)
    {
        run.ToTable("import_runs");
        run.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        run.Property(r => r.RequestedBy).HasMaxLength(256);
        run.HasIndex(r => r.StartedAt);
        run.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        run.HasMany(r => r.Rejections).WithOne().HasForeignKey(r => r.ImportRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
