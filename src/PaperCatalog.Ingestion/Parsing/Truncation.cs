using System.Text.RegularExpressions;

namespace PaperCatalog.Ingestion.Parsing;

/// <summary>
/// Tells whether the last record of a file that stops without a line break was cut off.
/// </summary>
/// <remarks>
/// An abstract ends with a sentence or a link; a file cut in the middle of one ends with
/// neither. Importing such a record would store half an abstract, so it is rejected instead.
/// </remarks>
internal static partial class Truncation
{
    public const string CutOffReason = "the last record is cut off: its abstract stops mid-sentence at the end of the file";

    public static bool LooksCutOff(string abstractText) =>
        !CompleteEnding().IsMatch(abstractText) && !LinkEnding().IsMatch(abstractText);

    [GeneratedRegex(@"[.!?)\]}""'”’»…]$")]
    private static partial Regex CompleteEnding();

    [GeneratedRegex(@"(?:https?:\s*//|www\.|\.(?:com|org|io|net|ai|edu|html?)\b)\S*$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkEnding();
}
