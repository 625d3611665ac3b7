using Bunit;
using MudBlazor;
using PaperCatalog.Web.Components.Layout;

namespace PaperCatalog.ComponentTests.Layout;

/// <summary>The shared theme provider renders exactly what MudThemeProvider renders, in both modes.</summary>
public sealed class SharedThemeProviderTests : MudComponentTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void It_renders_the_same_styles_as_MudThemeProvider(bool dark)
    {
        var mud = Render<MudThemeProvider>(p => p.Add(t => t.Theme, CatalogTheme.Theme).Add(t => t.IsDarkMode, dark));
        var shared = Render<SharedThemeProvider>(p => p.Add(t => t.Theme, CatalogTheme.Theme).Add(t => t.IsDarkMode, dark));

        Assert.Contains("--mud-palette-primary", shared.Markup, StringComparison.Ordinal);
        Assert.Equal(mud.Markup, shared.Markup);
    }

    [Fact]
    public void Switching_the_mode_switches_the_palette()
    {
        var shared = Render<SharedThemeProvider>(p => p.Add(t => t.Theme, CatalogTheme.Theme).Add(t => t.IsDarkMode, false));
        var light = shared.Markup;

        shared.Render(p => p.Add(t => t.IsDarkMode, true));

        Assert.NotEqual(light, shared.Markup);
        Assert.Equal(Render<MudThemeProvider>(p => p.Add(t => t.Theme, CatalogTheme.Theme).Add(t => t.IsDarkMode, true)).Markup, shared.Markup);
    }
}
