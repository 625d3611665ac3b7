using System.Net.Sockets;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PaperCatalog.Web.Components.Layout;
using PaperCatalog.Web.Components.Shared;

namespace PaperCatalog.ComponentTests.Layout;

/// <summary>
/// What a failed page says: the database's trouble in words, or a bug of ours without its details, and a way to try
/// again. A real outage is <c>DatabaseOutageTests</c>' part (E2E).
/// </summary>
public sealed class PageFailureTests : MudComponentTest
{
    public PageFailureTests() => Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    [Fact]
    public void A_database_that_is_away_is_named_and_nothing_is_said_to_be_lost()
    {
        var cut = Render<PageFailure>(p => p.Add(f => f.Failure, new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused))));

        Assert.Contains($"This page could not be shown: {DatabaseFailure.Unreachable}.", cut.Find("#page-failure").TextContent);
        Assert.Contains("Nothing you changed before was lost.", cut.Markup);
    }

    [Fact]
    public void A_bug_is_owned_without_showing_its_details_and_try_again_asks_for_the_page_once_more()
    {
        var retried = 0;
        var cut = Render<PageFailure>(p => p
            .Add(f => f.Failure, new InvalidOperationException("Sequence contains no elements at SecretPlace.cs"))
            .Add(f => f.OnRetry, () => retried++));

        Assert.Contains("This page could not be shown: an error on our side.", cut.Find("#page-failure").TextContent);
        Assert.DoesNotContain("SecretPlace", cut.Markup);
        cut.Find("#page-failure-retry").Click();
        Assert.Equal(1, retried);
    }

    [Fact]
    public void Without_a_session_try_again_asks_the_server_for_the_same_address()
    {
        Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/account/login?returnUrl=%2Freview");

        var cut = Render<PageFailure>(p => p.Add(f => f.Failure, new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused))));

        Assert.Equal("http://localhost/account/login?returnUrl=%2Freview", cut.Find("#page-failure-retry").GetAttribute("href"));
    }
}
