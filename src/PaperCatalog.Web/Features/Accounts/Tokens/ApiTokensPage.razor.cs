using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace PaperCatalog.Web.Features.Accounts.Tokens;

/// <summary>
/// The signed-in editor's or admin's API tokens. A static page with plain form posts, as the other account pages:
/// the response to "Create token" is the one place the token is ever shown.
/// </summary>
public partial class ApiTokensPage
{
    private IReadOnlyList<ApiTokenView> _tokens = [];
    private string? _created;
    private string? _message;
    private bool _failed;

    [Inject] private ManageApiTokens Tokens { get; set; } = default!;

    /// <summary>The request: its response must not be stored, as it may hold a new token.</summary>
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    /// <summary>The new token's name, from the create form.</summary>
    [SupplyParameterFromForm(FormName = "create-token")] public string? Name { get; set; }

    /// <summary>The new token's lifetime in days, from the create form.</summary>
    [SupplyParameterFromForm(FormName = "create-token")] public int Days { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (HttpContext is not null)
        {
            HttpContext.Response.Headers.CacheControl = "no-store";
        }

        _tokens = await Tokens.ListAsync();
    }

    private async Task CreateAsync()
    {
        (_created, _message) = await Tokens.CreateAsync(Name, Days);
        _failed = _message is not null;
        _tokens = await Tokens.ListAsync();
    }

    private async Task RevokeAsync(ApiTokenView token)
    {
        _failed = !await Tokens.RevokeAsync(token.Id);
        _message = _failed ? $"“{token.Name}” is not one of your tokens." : $"Revoked “{token.Name}”: it signs nothing in any more.";
        _tokens = await Tokens.ListAsync();
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
