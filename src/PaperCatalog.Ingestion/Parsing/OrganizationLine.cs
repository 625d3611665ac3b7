namespace PaperCatalog.Ingestion.Parsing;

/// <summary>
/// Reads the byline a Daily Papers page shows for an organization instead of authors.
/// </summary>
/// <remarks>
/// The copied text is the organization's handle (its avatar's alt text) followed by its
/// display name, as in "tencent Tencent"; the display name is what people know it by.
/// </remarks>
internal static class OrganizationLine
{
    public static string Read(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return text;
        }

        var handle = text[..space];
        var name = text[(space + 1)..].Trim();
        return IsHandle(handle) && name.Length > 0 ? name : text;
    }

    private static bool IsHandle(string word) =>
        word.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
