using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PaperCatalog.Data.Accounts;
using PaperCatalog.Domain.Imports;
using PaperCatalog.Domain.Papers;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Data;

/// <summary>The catalog's PostgreSQL database. Handlers use it directly; there is no repository layer.</summary>
/// <remarks>
/// It holds the accounts too (ASP.NET Core Identity) and the keys that protect their cookies (ADR-027), so one
/// database and one migration history hold everything.
/// </remarks>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : IdentityDbContext<CatalogUser>(options), IDataProtectionKeyContext
{
    public DbSet<Paper> Papers => Set<Paper>();

    public DbSet<PaperSource> PaperSources => Set<PaperSource>();

    public DbSet<DumpFile> DumpFiles => Set<DumpFile>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<ImportRunFile> ImportRunFiles => Set<ImportRunFile>();

    public DbSet<ImportRejection> ImportRejections => Set<ImportRejection>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<PaperTag> PaperTags => Set<PaperTag>();

    public DbSet<TagRule> TagRules => Set<TagRule>();

    public DbSet<PaperTagChange> PaperTagChanges => Set<PaperTagChange>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
    }
}
