using System.Text.RegularExpressions;
using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.UnitTests.Tagging;

/// <summary>Admin-written patterns are untrusted: each unusable one is refused with a message that says why.</summary>
public sealed class RulePatternTests
{
    [Fact]
    public void A_good_pattern_compiles_case_insensitive_and_without_backtracking()
    {
        var (regex, error) = RulePattern.Compile(@"\bdistill\w*");

        Assert.Null(error);
        Assert.NotNull(regex);
        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal("DISTILLATION", regex.Match("Knowledge DISTILLATION").Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_pattern_is_refused(string pattern) =>
        AssertRefused(pattern, "The pattern is empty.");

    [Fact]
    public void A_pattern_over_400_characters_is_refused_and_one_of_400_is_not()
    {
        AssertRefused(new string('a', 401), "The pattern is 401 characters long; at most 400 are allowed.");
        Assert.Null(RulePattern.Compile(new string('a', RulePattern.MaxLength)).Error);
    }

    [Theory]
    [InlineData("distill(")]
    [InlineData("[a-")]
    [InlineData("*distill")]
    [InlineData(@"distill\")]
    public void Invalid_syntax_is_refused_as_not_a_valid_regular_expression(string pattern) =>
        AssertRefusedStartingWith(pattern, "The pattern is not a valid regular expression: ");

    [Theory]
    [InlineData("(?<=self-)distill")]
    [InlineData("(?<!self-)distill")]
    [InlineData("distill(?=ation)")]
    [InlineData("distill(?!ation)")]
    [InlineData(@"(\w+) \1")]
    [InlineData(@"(?<word>\w+) \k<word>")]
    [InlineData("(?>distill)ation")]
    public void Look_arounds_back_references_and_atomic_groups_are_refused_because_they_could_backtrack(string pattern)
    {
        var (regex, error) = RulePattern.Compile(pattern);

        Assert.Null(regex);
        Assert.StartsWith("Rules may not use look-arounds, back-references or atomic groups, which could backtrack without limit; this pattern has one: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("RegexOptions", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_construct_is_named_in_the_admins_words()
    {
        Assert.Equal(
            "Rules may not use look-arounds, back-references or atomic groups, which could backtrack without limit; this pattern has one: backreference (\\ number).",
            RulePattern.Compile(@"(\w+) \1").Error);
    }

    // The engine refuses these for the size of their automaton, not for a construct: the message says so, not "look-arounds".
    [Theory]
    [InlineData("x{1000000}", "1,000,001")]
    [InlineData("(?:distill{100}){101}", "10,")]
    public void A_pattern_too_large_for_the_engine_is_refused_for_its_size(string pattern, string states)
    {
        var (regex, error) = RulePattern.Compile(pattern);

        Assert.Null(regex);
        Assert.StartsWith($"The pattern is too large to match safely: its repetitions would need {states}", error, StringComparison.Ordinal);
        Assert.Contains("Use smaller counts in {n} and {n,m}.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a*")]
    [InlineData("(?:distill)?")]
    [InlineData("distill|")]
    [InlineData("^")]
    [InlineData("$")]
    [InlineData(@"\b")]
    [InlineData(@"\bdistill\w*|\b")]
    [InlineData(@"\w*\b")]
    [InlineData(@"(?:KD)?\B")]
    public void A_pattern_that_can_match_empty_text_is_refused_because_it_would_match_everywhere(string pattern) =>
        AssertRefused(pattern, "The pattern matches empty text, so it would match everywhere.");

    [Theory]
    [InlineData(@"\bKD\b")]
    [InlineData(@"\bteachers?\b[^.]{0,100}\bstudents?\b")]
    [InlineData("(?x) distill \\w*  # any form of the word")]
    public void Patterns_that_always_consume_text_are_accepted(string pattern) =>
        Assert.Null(RulePattern.Compile(pattern).Error);

    private static void AssertRefused(string pattern, string message)
    {
        var (regex, error) = RulePattern.Compile(pattern);

        Assert.Null(regex);
        Assert.Equal(message, error);
    }

    private static void AssertRefusedStartingWith(string pattern, string message)
    {
        var (regex, error) = RulePattern.Compile(pattern);

        Assert.Null(regex);
        Assert.NotNull(error);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.True(error.Length > message.Length, "The message should end with the parser's own explanation.");
    }
}
