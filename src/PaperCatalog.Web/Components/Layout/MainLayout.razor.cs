using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace PaperCatalog.Web.Components.Layout;

public partial class MainLayout
{
    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    /// <summary>Read from the theme cookie while prerendering, then carried into the interactive session.</summary>
    [PersistentState]
    public bool DarkMode { get; set; }

    private ErrorBoundary? _failures;

    protected override void OnInitialized()
    {
        if (HttpContext is not null)
        {
            DarkMode = HttpContext.Request.Cookies["theme"] == "dark";
        }
    }

    // A new address (the layout gets a new body) is a new page: the failure shown for the last one goes.
    protected override void OnParametersSet() => _failures?.Recover();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await Js.InvokeVoidAsync("paperCatalog.installPageHelpers");
        }
    }

    private async Task ToggleDarkModeAsync()
    {
        DarkMode = !DarkMode;
        await Js.InvokeVoidAsync("paperCatalog.rememberTheme", DarkMode);
    }
}
