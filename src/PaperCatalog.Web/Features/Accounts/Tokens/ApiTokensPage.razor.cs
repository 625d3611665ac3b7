using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace PaperCatalog.Web.Features.Accounts.Tokens;

/// <summary>
/// The signed-in editor's or admin's API tokens. A static page with plain form posts, as the other account pages.
/// A change redirects back to the page, which shows its notice once (<see cref="TokenPageNotices"/>): the page
/// right after "Create token" is the one place the token is ever shown.
/// </summary>
public partial class ApiTokensPage
{
    private IReadOnlyList<ApiTokenView> _tokens = [];
    private IReadOnlyList<string> _choices = [];
    private string? _created;
    private string? _message;
    private bool _failed;

    [Inject] private ManageApiTokens Tokens { get; set; } = default!;

    [Inject] private TokenPageNotices Notices { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The request: its response must not be stored, as it may hold a new token.</summary>
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    /// <summary>The new token's name, from the create form.</summary>
    [SupplyParameterFromForm(FormName = "create-token")] public string? Name { get; set; }

    /// <summary>The new token's lifetime in days, from the create form.</summary>
    [SupplyParameterFromForm(FormName = "create-token")] public int Days { get; set; }

    /// <summary>The most the new token may do, a role (<see cref="Data.Accounts.ApiToken.ActsAs"/>), from the create form.</summary>
    [SupplyParameterFromForm(FormName = "create-token")] public string? ActsAs { get; set; }

    /// <summary>The id of the token to revoke, from the button pressed in the list.</summary>
    [SupplyParameterFromForm(FormName = "revoke-token")] public long TokenId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _tokens = await Tokens.ListAsync();
        _choices = await Tokens.ChoicesAsync();
        if (HttpContext is not null)
        {
            HttpContext.Response.Headers.CacheControl = "no-store";
            // Taken only once the list is read: a notice taken is never shown again, so a failure before this
            // point leaves it in its cookie for the next try rather than lose a new token.
            if (HttpMethods.IsGet(HttpContext.Request.Method))
            {
                (_created, _message) = Notices.Take(HttpContext) ?? new TokenPageNotice(null, null);
            }
        }
    }

    private async Task CreateAsync()
    {
        var (created, error) = await Tokens.CreateAsync(Name, Days, ActsAs);
        if (created is not null)
        {
            await ShowOnceAfterRedirectAsync(new TokenPageNotice(created, null));
            return;
        }

        (_message, _failed) = (error, true);
        _tokens = await Tokens.ListAsync();
    }

    private async Task RevokeAsync()
    {
        // Not found is the end wanted too (revoked meanwhile, say in another tab): the list shows what is left.
        var message = await Tokens.RevokeAsync(TokenId) is { } revoked
            ? $"Revoked “{revoked}”: it signs nothing in any more."
            : "That token was revoked already: it is not in your list any more.";
        await ShowOnceAfterRedirectAsync(new TokenPageNotice(null, message));
    }

    private async Task ShowOnceAfterRedirectAsync(TokenPageNotice notice)
    {
        if (HttpContext is null)
        {
            // Only a static render has the request to redirect; rendered any other way, the page shows the notice
            // in place rather than lose a token already made.
            (_created, _message) = notice;
            _tokens = await Tokens.ListAsync();
            return;
        }

        Notices.Keep(HttpContext, notice);
        Navigation.NavigateTo("/account/tokens");
    }

    private static string Role(string role) => role.ToLowerInvariant();

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
