using System.Globalization;
using System.Text;

namespace PaperCatalog.Data.Search;

/// <summary>
/// A position in a sorted result list: the sort key and id of the row next to the page, and the
/// direction to read in. Keyset paging reads from there through the index, so deep pages cost no
/// more than the first.
/// </summary>
public sealed record SearchCursor(PaperSort Sort, bool Backward, double? Rank, DateOnly? Date, int? Upvotes, long Id)
{
    /// <summary>An opaque, URL-safe form of the cursor.</summary>
    public string Encode()
    {
        var key = Sort switch
        {
            PaperSort.Relevance => Rank!.Value.ToString("R", CultureInfo.InvariantCulture),
            PaperSort.Newest or PaperSort.Oldest => Date!.Value.DayNumber.ToString(CultureInfo.InvariantCulture),
            _ => Upvotes!.Value.ToString(CultureInfo.InvariantCulture),
        };
        var text = string.Join('|', (int)Sort, Backward ? "b" : "f", key, Id.ToString(CultureInfo.InvariantCulture));
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Reads a cursor made by <see cref="Encode"/>; <c>null</c> when it is not one.</summary>
    public static SearchCursor? Decode(string encoded)
    {
        try
        {
            var base64 = encoded.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('|');
            if (parts.Length != 4 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var sortValue) || !Enum.IsDefined((PaperSort)sortValue)
                || parts[1] is not ("f" or "b") || !long.TryParse(parts[3], CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            var sort = (PaperSort)sortValue;
            var backward = parts[1] == "b";
            var invariant = CultureInfo.InvariantCulture;
            return sort switch
            {
                PaperSort.Relevance when double.TryParse(parts[2], NumberStyles.Float, invariant, out var rank) && double.IsFinite(rank) => new(sort, backward, rank, null, null, id),
                PaperSort.Newest or PaperSort.Oldest when int.TryParse(parts[2], invariant, out var day) && day >= 0 && day <= DateOnly.MaxValue.DayNumber => new(sort, backward, null, DateOnly.FromDayNumber(day), null, id),
                PaperSort.Upvotes when int.TryParse(parts[2], invariant, out var votes) => new(sort, backward, null, null, votes, id),
                _ => null,
            };
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
