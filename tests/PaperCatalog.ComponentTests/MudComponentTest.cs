using Bunit;
using MudBlazor;
using MudBlazor.Services;

namespace PaperCatalog.ComponentTests;

/// <summary>A bUnit context with MudBlazor's services, as the app registers them.</summary>
public abstract class MudComponentTest : BunitContext
{
    protected MudComponentTest()
    {
        Services.AddMudServices();

        // MudBlazor calls JavaScript (observers, focus, popovers) that has no browser here: answer every call with a default.
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>Renders the popover provider the layout holds; selects and menus need it.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();
}
