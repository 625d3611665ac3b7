using PaperCatalog.Ingestion;

namespace PaperCatalog.UnitTests.Ingestion;

/// <summary>Reads the small dump files in Fixtures/ the way the importer does.</summary>
internal static class Fixture
{
    /// <summary>The import date the fixtures' expected dates are worked out for.</summary>
    public static readonly DateOnly ImportDate = new(2026, 11, 23);

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static ParsedDump Read(string name, DateOnly? referenceDate = null) =>
        Reader(referenceDate).ReadFileAsync(PathOf(name)).GetAwaiter().GetResult();

    public static ParsedDump ReadText(string text, string name = "inline.txt") =>
        ReadBytes(System.Text.Encoding.UTF8.GetBytes(text), name);

    public static ParsedDump ReadBytes(byte[] bytes, string name = "inline.txt", long maxFileBytes = DumpReadOptions.DefaultMaxFileBytes) =>
        Reader(maxFileBytes: maxFileBytes).ReadAsync(name, bytes).GetAwaiter().GetResult();

    public static DumpReader Reader(DateOnly? referenceDate = null, long maxFileBytes = DumpReadOptions.DefaultMaxFileBytes) =>
        new(new DumpReadOptions { ImportDate = ImportDate, ReferenceDate = referenceDate, MaxFileBytes = maxFileBytes });
}
