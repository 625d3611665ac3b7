using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Data.Configurations;

internal sealed class PaperSourceConfiguration : IEntityTypeConfiguration<PaperSource>
{
    public void Configure(EntityTypeBuilder<PaperSource> source)
    {
        source.ToTable("paper_sources");
        source.Property(s => s.FileName).HasMaxLength(260);
        source.Property(s => s.FileChecksum).HasMaxLength(64);

        // A line of a file's content is one record, however often the file is imported.
        source.HasIndex(s => new { s.FileChecksum, s.LineNumber }).IsUnique();
        source.HasIndex(s => s.PaperId);
        source.HasIndex(s => new { s.FileName, s.PaperId });
        source.HasOne<ImportRun>().WithMany().HasForeignKey(s => s.ImportRunId).OnDelete(DeleteBehavior.Restrict);
    }
}
