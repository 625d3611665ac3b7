using PaperCatalog.LocalPostgres;

namespace PaperCatalog.Testing;

/// <summary>Folders of the checkout that tests read from.</summary>
public static class TestPaths
{
    /// <summary>The checkout's root folder (where PaperCatalog.sln is).</summary>
    public static string Root { get; } = LocalPostgresLocation.FindCheckout(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Tests must run inside the PaperCatalog checkout.");

    /// <summary>The bundled seed dumps that the app imports on first start.</summary>
    public static string Seeds => Path.Combine(Root, "src", "PaperCatalog.Web", "Seeds");

    /// <summary>The seed file with the given name prefix, such as "003".</summary>
    public static string Seed(string prefix) =>
        Directory.GetFiles(Seeds, prefix + "_*").Single();
}
