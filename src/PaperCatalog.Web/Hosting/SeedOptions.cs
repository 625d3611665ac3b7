namespace PaperCatalog.Web.Hosting;

/// <summary>The bundled seed dumps, bound from the "Catalog" configuration section.</summary>
internal sealed class SeedOptions
{
    public const string Section = "Catalog";

    /// <summary>The folder of seed dumps, relative to the app's content root.</summary>
    public string SeedDirectory { get; set; } = "Seeds";

    /// <summary>Imports the seed dumps when the catalog has never had a successful import.</summary>
    public bool ImportSeedsOnFirstStart { get; set; } = true;
}
