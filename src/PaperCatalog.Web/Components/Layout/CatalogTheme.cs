using MudBlazor;

namespace PaperCatalog.Web.Components.Layout;

/// <summary>The app's MudBlazor theme.</summary>
internal static class CatalogTheme
{
    // System fonts: the app must not depend on a font CDN (self-hosted, strict CSP).
    private static readonly string[] FontStack = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#3949ab", AppbarBackground = "#283593" },
        PaletteDark = new PaletteDark { Primary = "#9fa8da" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = FontStack } },
    };
}
