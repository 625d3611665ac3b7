using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaperCatalog.Domain.Imports;

namespace PaperCatalog.Data.Configurations;

internal sealed class ImportRejectionConfiguration : IEntityTypeConfiguration<ImportRejection>
{
    public void Configure(EntityTypeBuilder<ImportRejection> rejection)
    {
        rejection.ToTable("import_rejections");
        rejection.Property(r => r.FileName).HasMaxLength(260);
        rejection.Property(r => r.Reason).HasMaxLength(500);
        rejection.Property(r => r.Excerpt).HasMaxLength(200);
    }
}
