using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace PaperCatalog.Web.Features.Accounts.Tokens;

/// <summary>What the tokens page tells its user once after a change: a new token, or what was revoked.</summary>
/// <param name="NewToken">The token just made: shown this once, never stored in the clear.</param>
/// <param name="Message">What was done otherwise.</param>
public sealed record TokenPageNotice(string? NewToken, string? Message);

/// <summary>
/// Carries a <see cref="TokenPageNotice"/> across the redirect that follows each change (post, redirect, get), so
/// that reloading the page shows the list again instead of posting the form once more and making another token.
/// The notice travels in a cookie for that page alone, encrypted for its user, good for two minutes and opened
/// once: each notice has an id, and this process remembers the ids it has shown until they would have expired.
/// </summary>
public sealed class TokenPageNotices(IDataProtectionProvider protection)
{
    public const string CookieName = "pc_token_notice";
    private const string PagePath = "/account/tokens";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    // Notices shown, by id, with when they expire; a copy of a cookie already read then opens nothing.
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _shown = new();

    /// <summary>Keeps <paramref name="notice"/> for the next request of the page.</summary>
    public void Keep(HttpContext http, TokenPageNotice notice)
    {
        var sealedNotice = JsonSerializer.Serialize(new KeptNotice(Guid.NewGuid(), notice));
        http.Response.Cookies.Append(CookieName, Protector(http.User).Protect(sealedNotice, Lifetime), Options(http, Lifetime));
    }

    /// <returns>The notice kept for this user, once: later requests, even with a copy of the cookie, get null.</returns>
    public TokenPageNotice? Take(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var cookie))
        {
            return null;
        }

        http.Response.Cookies.Delete(CookieName, Options(http, maxAge: null));
        ForgetExpired();
        try
        {
            var kept = JsonSerializer.Deserialize<KeptNotice>(Protector(http.User).Unprotect(cookie, out var expires));
            return kept is not null && _shown.TryAdd(kept.Id, expires) ? kept.Notice : null;
        }
        catch (Exception unreadable) when (unreadable is CryptographicException or JsonException)
        {
            return null; // expired, another user's, or from keys since rotated: there is nothing to show
        }
    }

    private void ForgetExpired()
    {
        // Data Protection judges a notice's expiry by the system clock, so the ids are forgotten by it too, and only
        // once past it: the protector still opens a notice at the very instant it expires.
        var now = DateTimeOffset.UtcNow;
        foreach (var (id, expires) in _shown)
        {
            if (expires < now)
            {
                _shown.TryRemove(id, out _);
            }
        }
    }

    // The deletion carries the same attributes as the cookie: a browser ignores one that would replace a Secure
    // cookie with a plain one.
    private static CookieOptions Options(HttpContext http, TimeSpan? maxAge) => new()
    {
        Path = PagePath, HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict, MaxAge = maxAge,
    };

    private ITimeLimitedDataProtector Protector(ClaimsPrincipal user) =>
        protection.CreateProtector("PaperCatalog.ApiTokens.Notice", user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "").ToTimeLimitedDataProtector();

    private sealed record KeptNotice(Guid Id, TokenPageNotice Notice);
}
