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

    private const RegexOptions ProbeOptions = Options & ~RegexOptions.NonBacktracking;

    // Every place an empty match can be: at the start or end of the text, or next to a word character or another character.
    private static readonly (string Before, string After)[] Places =
        [.. from before in new[] { "", "a", " " } from after in new[] { "", "a", " " } select (before, after)];

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
            return MatchesEmptyText(pattern) ? (null, "The pattern matches empty text, so it would match everywhere.") : (regex, null);
        }
        catch (NotSupportedException tooLarge) when (AutomatonSize(tooLarge) is { } size)
        {
            return (null, $"The pattern is too large to match safely: its repetitions would need {size} states, more than the engine allows. Use smaller counts in {{n}} and {{n,m}}.");
        }
        catch (NotSupportedException unsupported)
        {
            return (null, $"Rules may not use look-arounds, back-references or atomic groups, which could backtrack without limit; this pattern has one: {Construct(unsupported)}.");
        }
        catch (ArgumentException invalid)
        {
            return (null, $"The pattern is not a valid regular expression: {invalid.Message}");
        }
    }

    // .NET names the construct in quotes ("…expressions containing: 'positive lookahead'."); its own wording speaks of options an admin never set.
    private static string Construct(NotSupportedException unsupported) =>
        Regex.Match(unsupported.Message, "containing: '([^']+)'") is { Success: true } named ? named.Groups[1].Value : "one of them";

    // "…could result in an automata as large as '1000001' nodes, which is larger than the configured limit…"
    private static string? AutomatonSize(NotSupportedException refused) =>
        Regex.Match(refused.Message, "as large as '([0-9]+)' nodes") is { Success: true } size && long.TryParse(size.Groups[1].Value, out var nodes)
            ? nodes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : null;

    // An empty match is worth a full match to the engine, so a pattern such as \b would tag every paper.
    // Without look-arounds, whether a pattern can match empty text somewhere depends only on what lies
    // either side: the start or end of the text, a word character or another one. Checking the empty
    // text alone misses \b, which matches only between a word character and another character.
    private static bool MatchesEmptyText(string pattern) =>
        Places.Any(place => Between(pattern, place.Before, place.After).IsMatch(place.Before + place.After));

    // The probes run on at most two characters, where backtracking is harmless and its interpreter is far
    // cheaper to build than the non-backtracking engine; both agree on whether a match exists.
    private static Regex Between(string pattern, string before, string after)
    {
        try
        {
            return new Regex(Wrapped(pattern), ProbeOptions);
        }
        catch (ArgumentException)
        {
            // A (?x) comment at the end of the pattern swallowed the closing parenthesis; a line break ends the comment.
            return new Regex(Wrapped(pattern + "\n"), ProbeOptions);
        }

        string Wrapped(string inner) => $@"\A{Regex.Escape(before)}(?:{inner}){Regex.Escape(after)}\z";
    }
}
