using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PaperCatalog.Data;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.IntegrationTests.Importing;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Tagging;

/// <summary>
/// Migration <c>TagEvidenceWithoutText</c> rewrites evidence stored with its text into the compact form, which
/// reads the same; its Down writes the text back from the papers.
/// </summary>
public sealed class TagEvidenceMigrationTests(PostgresServer server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Evidence_written_with_its_text_becomes_the_compact_form_and_reads_the_same()
    {
        var catalog = await CatalogFixture.CreateAsync(server);
        await catalog.ImportAsync(TestPaths.Seeds);
        var compact = await EvidenceAsync(catalog);

        await using (var db = catalog.CreateDbContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("SourcesKeyedByFileAndLine", Cancellation);
        }

        var withText = await EvidenceAsync(catalog);
        Assert.Equal(compact.Keys, withText.Keys);
        Assert.All(withText.Values, static row => Assert.StartsWith("[{\"field\":", row.Stored.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.All(withText, row => Assert.Equal(compact[row.Key].Spans, row.Value.Spans));
        Assert.All(withText.Values, static row => Assert.Equal(row.Spans.Select(static s => s.Text), StoredTexts(row.Stored)));

        await CatalogDatabase.MigrateAsync(catalog.ConnectionString, Cancellation);

        var migrated = await EvidenceAsync(catalog);
        Assert.Equal(compact.Select(static row => (row.Key, row.Value.Stored)), migrated.Select(static row => (row.Key, row.Value.Stored)));
        Assert.True(compact.Count > 100, $"only {compact.Count} automatic tags with evidence to convert");
    }

    private static IEnumerable<string?> StoredTexts(string stored)
    {
        using var json = JsonDocument.Parse(stored);
        return [.. json.RootElement.EnumerateArray().Select(static span => span.GetProperty("text").GetString())];
    }

    private static async Task<SortedDictionary<(long, int), (string Stored, EvidenceSpan[] Spans)>> EvidenceAsync(CatalogFixture catalog)
    {
        await using var db = catalog.CreateDbContext();
        var rows = await db.PaperTags.AsNoTracking().Where(static t => t.Evidence != null && t.Evidence != "[]")
            .Join(db.Papers, static t => t.PaperId, static p => p.Id, static (t, p) => new { t.PaperId, t.TagId, t.Evidence, p.Title, p.Abstract })
            .ToListAsync(Cancellation);
        return new(rows.ToDictionary(
            static r => (r.PaperId, r.TagId),
            static r => (r.Evidence!, EvidenceSpan.Parse(r.Evidence, r.Title, r.Abstract).ToArray())));
    }
}
