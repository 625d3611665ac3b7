using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace PaperCatalog.Web.Components.Layout;

/// <summary>
/// <see cref="MudThemeProvider"/> rendering the same markup, with one copy of its CSS per theme and mode
/// shared by every session: MudThemeProvider builds about 24 KB of CSS per instance, and each open
/// session keeps its copy in its render tree for as long as it lives.
/// </summary>
public sealed class SharedThemeProvider : MudThemeProvider
{
    // MudThemeProvider's own chart style, as it renders it.
    private const string ChartStyle = "<style>\n    .mud-chart-serie:hover {\n        filter: url(#lighten);\n    }\n\n    .mud-chart-serie-hovered \n    {\n        filter: url(#lighten);\n    }\n</style>\n\n";

    private static readonly string Scrollbar = BuildMudBlazorScrollbar();

    // One entry per theme and mode: a handful. A catalog whose themes kept changing would stop sharing.
    private const int MaxSharedThemes = 8;
    private static readonly ConcurrentDictionary<string, string> SharedCss = new(StringComparer.Ordinal);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (!DefaultScrollbar)
        {
            builder.AddMarkupContent(0, Scrollbar);
        }

        builder.AddMarkupContent(1, ChartStyle);
        builder.AddMarkupContent(2, ThemeCss());
    }

    // Built anew (MudThemeProvider decides the mode from its own state) but kept only as the one shared copy:
    // the new string is garbage at once, while the render tree holds the copy every session shares.
    private string ThemeCss()
    {
        var css = BuildTheme();
        return SharedCss.TryGetValue(css, out var shared) ? shared
            : SharedCss.Count < MaxSharedThemes ? SharedCss.GetOrAdd(css, css)
            : css;
    }
}
