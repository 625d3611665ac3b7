using MudBlazor;

namespace PaperCatalog.Web.Components.Layout;

/// <summary>The app's MudBlazor theme.</summary>
internal static class CatalogTheme
{
    // System fonts: the app must not depend on a font CDN (self-hosted, strict CSP).
    private static readonly string[] FontStack = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    private const string OnLightFill = "#1e1e2d";

    public static MudTheme Theme { get; } = new()
    {
        // MudBlazor's default secondary, info, success, warning and error carry white text at 2.2 to 3.7:1; these
        // darker shades reach WCAG AA's 4.5:1 (ThemeContrastTests).
        PaletteLight = new PaletteLight
        {
            Primary = "#3949ab",
            AppbarBackground = "#283593",
            Secondary = "#c2185b",
            Info = "#1976d2",
            Success = "#2e7d32",
            Warning = "#b45309",
            Error = "#d32f2f",
        },

        // The dark theme's light colours take dark text: white on its indigo was 2.3:1, on the others 1.9 to 3.4:1.
        PaletteDark = new PaletteDark
        {
            Primary = "#9fa8da",
            PrimaryContrastText = OnLightFill,
            SecondaryContrastText = OnLightFill,
            InfoContrastText = OnLightFill,
            SuccessContrastText = OnLightFill,
            WarningContrastText = OnLightFill,
            ErrorContrastText = OnLightFill,
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = FontStack } },
    };
}
