using Microsoft.AspNetCore.Components;
using PaperCatalog.Web.Components.Shared;

namespace PaperCatalog.Web.Components.Layout;

/// <summary>
/// A link in the app bar, as a text <c>MudButton</c> with a start icon renders it, without the two
/// components (button and icon) that every open session would otherwise keep for its life (ADR-010).
/// </summary>
public static class AppBarLink
{
    /// <param name="href">Where the link goes.</param>
    /// <param name="icon">The icon's SVG content.</param>
    /// <param name="label">The text, hidden on narrow screens; also the link's accessible name.</param>
    /// <param name="id">The element id, if any.</param>
    public static RenderFragment Render(string href, string icon, string label, string? id = null) => builder =>
    {
        builder.OpenElement(0, "a");
        builder.AddAttribute(1, "href", href);
        builder.AddAttribute(2, "class", "mud-button-root mud-button mud-button-text mud-button-text-inherit mud-button-text-size-medium mud-ripple nav-button");
        builder.AddAttribute(3, "aria-label", label);
        builder.AddAttribute(4, "title", label);
        builder.AddAttribute(5, "id", id);
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", "mud-button-label");
        builder.OpenElement(8, "span");
        builder.AddAttribute(9, "class", "mud-button-icon-start mud-button-icon-size-medium");
        builder.AddContent(10, SvgIcon.Medium(icon));
        builder.CloseElement();
        builder.OpenElement(11, "span");
        builder.AddAttribute(12, "class", "nav-label");
        builder.AddContent(13, label);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };
}
