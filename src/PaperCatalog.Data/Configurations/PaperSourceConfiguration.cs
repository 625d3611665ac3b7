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

        // A line of a file's content is one record, however often the file is imported.
        source.HasKey(s => new { s.DumpFileId, s.LineNumber });
        // A paper's sources, and whether one of them is a given file (the dump filter), without reading the table.
        source.HasIndex(s => new { s.PaperId, s.DumpFileId });
        source.HasOne(s => s.DumpFile).WithMany().HasForeignKey(s => s.DumpFileId).OnDelete(DeleteBehavior.Restrict);
        source.HasOne<ImportRun>().WithMany().HasForeignKey(s => s.ImportRunId).OnDelete(DeleteBehavior.Restrict);
    }
}
