using Microsoft.AspNetCore.Components;

namespace PaperCatalog.Web.Components.Shared;

/// <summary>
/// An icon as <c>MudIcon</c> renders it, without a component: for controls that every session's page
/// repeats, since each component instance stays in server memory for the session's life (ADR-010).
/// </summary>
public static class SvgIcon
{
    /// <param name="icon">The icon's SVG content, e.g. <c>Icons.Material.Filled.Block</c>.</param>
    public static RenderFragment Small(string icon) => Sized(icon, "mud-icon-root mud-svg-icon mud-icon-size-small");

    /// <inheritdoc cref="Small(string)"/>
    public static RenderFragment Medium(string icon) => Sized(icon, "mud-icon-root mud-svg-icon mud-icon-size-medium");

    private static RenderFragment Sized(string icon, string cssClass) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", cssClass);
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddAttribute(5, "role", "img");
        builder.AddMarkupContent(6, icon);
        builder.CloseElement();
    };
}
