using System.Text.RegularExpressions;

namespace PaperCatalog.Domain.Tagging;

/// <summary>
/// Compiles admin-written patterns safely: without backtracking, so no pattern can take
/// exponential time, and with a clear message for any pattern that cannot be used.
/// </summary>
public static class RulePattern
{
    public const int MaxLength = 400;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>The compiled pattern, or why it is refused.</summary>
    public static (Regex? Regex, string? Error) Compile(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return (null, "The pattern is empty.");
        }

        if (pattern.Length > MaxLength)
        {
            return (null, $"The pattern is {pattern.Length} characters long; at most {MaxLength} are allowed.");
        }

        try
        {
            // No match timeout: the non-backtracking engine is linear in the input, and a timeout would only turn load into failed imports.
            var regex = new Regex(pattern, Options);
            return regex.IsMatch("") ? (null, "The pattern matches empty text, so it would match everywhere.") : (regex, null);
        }
        catch (NotSupportedException unsupported)
        {
            return (null, $"The pattern uses a construct that could backtrack without limit (such as look-arounds, back-references or atomic groups), which rules may not use: {unsupported.Message}");
        }
        catch (ArgumentException invalid)
        {
            return (null, $"The pattern is not a valid regular expression: {invalid.Message}");
        }
    }
}
