using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaperCatalog.Data.Accounts;

namespace PaperCatalog.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.ToTable("api_tokens");
        token.Property(t => t.Name).HasMaxLength(ApiToken.MaxNameLength);
        token.Property(t => t.Prefix).HasMaxLength(16);
        token.Property(t => t.ActsAs).HasMaxLength(16);
        token.HasIndex(t => t.Hash).IsUnique();
        token.HasOne<CatalogUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
