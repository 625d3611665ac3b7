using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PaperCatalog.Domain.Papers;

/// <summary>
/// The keys that decide whether two records describe the same paper.
/// </summary>
/// <remarks>
/// Dumps copy the same title with different case, punctuation, spacing and Unicode forms
/// ("Pre-trained" vs "Pre‐trained", "ﬁ" vs "fi"), so keys keep only case-folded letters and
/// digits of the compatibility-decomposed text, without accents.
/// </remarks>
public static class PaperKeys
{
    /// <summary>The normalized title: letters and digits only, lower case, no accents.</summary>
    public static string ForTitle(string title) => Fold(title);

    /// <summary>A fixed-size fingerprint of the normalized abstract (32 hex characters).</summary>
    public static string ForAbstract(string abstractText)
    {
        var folded = Fold(abstractText);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(folded), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>Case-folds and strips everything but letters and digits.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
