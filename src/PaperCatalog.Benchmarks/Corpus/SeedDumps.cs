using PaperCatalog.Domain.Papers;
using PaperCatalog.Ingestion;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>The records of the seed dumps, read with the importer's own reader.</summary>
internal static class SeedDumps
{
    private const string ResourcePrefix = "Seeds/";

    /// <summary>The seed dumps embedded in this assembly (copies of src/PaperCatalog.Web/Seeds), in name order.</summary>
    public static async Task<IReadOnlyList<PaperRecord>> ReadEmbeddedAsync(CancellationToken cancellation)
    {
        var assembly = typeof(SeedDumps).Assembly;
        var names = assembly.GetManifestResourceNames().Where(static n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException("The seed dumps are not embedded in PaperCatalog.Benchmarks.");
        }

        var records = new List<PaperRecord>();
        foreach (var name in names)
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes, cancellation);
            records.AddRange(await ReadAsync(name[ResourcePrefix.Length..], bytes.ToArray(), cancellation));
        }

        return records;
    }

    /// <summary>The dumps in <paramref name="folder"/> (such as src/PaperCatalog.Web/Seeds), in name order.</summary>
    public static async Task<IReadOnlyList<PaperRecord>> ReadFolderAsync(string folder, CancellationToken cancellation)
    {
        var records = new List<PaperRecord>();
        foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            records.AddRange(await ReadAsync(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellation), cancellation));
        }

        return records;
    }

    private static async Task<IReadOnlyList<PaperRecord>> ReadAsync(string name, byte[] bytes, CancellationToken cancellation)
    {
        // A fixed import date: the seeds' dates without a year must resolve the same way every day.
        var reader = new DumpReader(new DumpReadOptions { ImportDate = new DateOnly(2025, 12, 31) });
        return (await reader.ReadAsync(name, bytes, cancellation)).Records;
    }
}
