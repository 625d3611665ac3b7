namespace PaperCatalog.Domain.Text;

/// <summary>
/// Cuts text to a column's length without splitting a character that takes two UTF-16 units (an emoji, a rare CJK
/// ideograph): Npgsql encodes strictly, so half of such a pair fails the whole statement that writes it.
/// </summary>
public static class TextClip
{
    /// <returns><paramref name="text"/> when it fits in <paramref name="max"/> units; otherwise its start and "…", in at most <paramref name="max"/>.</returns>
    public static string? ToLength(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..SafeCut(text, max - 1)] + "…";

    /// <returns><paramref name="cut"/>, or one less when the text's first <paramref name="cut"/> units would end in half a pair.</returns>
    public static int SafeCut(string text, int cut) =>
        cut > 0 && cut < text.Length && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
}
