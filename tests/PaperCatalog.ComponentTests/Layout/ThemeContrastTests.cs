using MudBlazor;
using MudBlazor.Utilities;
using PaperCatalog.Web.Components.Layout;

namespace PaperCatalog.ComponentTests.Layout;

/// <summary>
/// Text on the theme's filled colours (buttons, chips, alerts, the app bar) is readable in both palettes: at least
/// WCAG AA's 4.5:1 for normal text.
/// </summary>
public sealed class ThemeContrastTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "Primary", "PrimaryContrastText" },
        { "Secondary", "SecondaryContrastText" },
        { "Info", "InfoContrastText" },
        { "Success", "SuccessContrastText" },
        { "Warning", "WarningContrastText" },
        { "Error", "ErrorContrastText" },
        { "AppbarBackground", "AppbarText" },
        { "Surface", "TextPrimary" },
        { "Background", "TextPrimary" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Text_on_a_filled_colour_has_a_contrast_of_at_least_4_5_in_both_palettes(string fill, string text)
    {
        foreach (Palette palette in (Palette[])[CatalogTheme.Theme.PaletteLight, CatalogTheme.Theme.PaletteDark])
        {
            var ratio = Contrast(Colour(palette, fill), Colour(palette, text));
            Assert.True(ratio >= 4.5, $"{palette.GetType().Name}: {text} on {fill} is {ratio:0.00}:1");
        }
    }

    [Fact]
    public void The_contrast_of_black_on_white_is_21_and_of_a_colour_on_itself_1()
    {
        Assert.Equal(21, Contrast(new MudColor("#000000"), new MudColor("#ffffff")), 2);
        Assert.Equal(1, Contrast(new MudColor("#9fa8da"), new MudColor("#9fa8da")), 2);
        Assert.Equal(1, Contrast(new MudColor("#9fa8da"), new MudColor("#ffffff00")), 2); // transparent text is the fill
    }

    private static MudColor Colour(Palette palette, string name) => (MudColor)typeof(Palette).GetProperty(name)!.GetValue(palette)!;

    // WCAG 2 contrast of the text laid over the fill: a text colour with alpha (the dark theme's 70 % white) is
    // blended with the fill first, as the browser paints it.
    private static double Contrast(MudColor fill, MudColor text)
    {
        var alpha = text.A / 255.0;
        byte Over(byte on, byte under) => (byte)Math.Round((alpha * on) + ((1 - alpha) * under));
        var painted = new MudColor(Over(text.R, fill.R), Over(text.G, fill.G), Over(text.B, fill.B), (byte)255);
        var (lf, lt) = (Luminance(fill), Luminance(painted));
        return (Math.Max(lf, lt) + 0.05) / (Math.Min(lf, lt) + 0.05);
    }

    private static double Luminance(MudColor colour) =>
        (0.2126 * Channel(colour.R)) + (0.7152 * Channel(colour.G)) + (0.0722 * Channel(colour.B));

    private static double Channel(byte value)
    {
        var c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
