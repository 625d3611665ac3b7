namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>A new empty folder for a test's dump files.</summary>
internal static class TempFolder
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "papercatalog-it", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }
}
