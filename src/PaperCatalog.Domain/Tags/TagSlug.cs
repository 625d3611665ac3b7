using System.Globalization;
using System.Text;

namespace PaperCatalog.Domain.Tags;

/// <summary>The one place where tag slugs are made.</summary>
public static class TagSlug
{
    /// <summary>The longest slug, in characters.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Lower-case ASCII letters and digits in words joined by single hyphens:
    /// "Mixture of Experts" and " mixture--of_experts " both give "mixture-of-experts".
    /// </summary>
    /// <exception cref="ArgumentException">The text holds no letter or digit.</exception>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        if (builder.Length == 0)
        {
            throw new ArgumentException($"A tag slug needs at least one ASCII letter or digit; '{text}' has none.", nameof(text));
        }

        return builder.Length <= MaxLength ? builder.ToString() : builder.ToString(0, MaxLength).TrimEnd('-');
    }
}
