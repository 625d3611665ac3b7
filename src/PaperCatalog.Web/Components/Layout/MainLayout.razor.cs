using Microsoft.AspNetCore.Components;
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

    protected override void OnInitialized()
    {
        if (HttpContext is not null)
        {
            DarkMode = HttpContext.Request.Cookies["theme"] == "dark";
        }
    }

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
