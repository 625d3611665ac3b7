using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace PaperCatalog.Web.Features.Accounts.Tokens;

/// <summary>
/// The token itself: "pc_" and 32 random bytes in base64url. The prefix lets a leaked token be recognised (by a
/// secret scanner, in a log); the catalog stores only its SHA-256, which is enough for 256 random bits.
/// </summary>
public static class ApiTokenSecret
{
    public const string Prefix = "pc_";
    private const string Bearer = "Bearer ";

    /// <summary>A new token, its hash to store, and the first characters to show in lists.</summary>
    public static (string Token, byte[] Hash, string ShownPrefix) New()
    {
        var token = Prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token), token[..10]);
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether the request sends a token of ours (<c>Authorization: Bearer pc_…</c>), and which.</summary>
    public static bool TryRead(HttpRequest request, out string token)
    {
        var header = request.Headers.Authorization.ToString();
        token = header.StartsWith(Bearer + Prefix, StringComparison.Ordinal) ? header[Bearer.Length..].Trim() : "";
        return token.Length > 0;
    }
}
