using System.Diagnostics.CodeAnalysis;
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
    public static string Normalize(string text) =>
        TryNormalize(text, out var slug)
            ? slug
            : throw new ArgumentException($"A tag slug needs at least one ASCII letter or digit; '{text}' has none.", nameof(text));

    /// <summary>The slug of <paramref name="text"/> as <see cref="Normalize"/> makes it; false when the text holds no ASCII letter or digit.</summary>
    public static bool TryNormalize(string text, [NotNullWhen(true)] out string? slug)
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

        slug = builder.Length == 0 ? null : builder.Length <= MaxLength ? builder.ToString() : builder.ToString(0, MaxLength).TrimEnd('-');
        return slug is not null;
    }
}
