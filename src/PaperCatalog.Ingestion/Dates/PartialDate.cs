using System.Globalization;

namespace PaperCatalog.Ingestion.Dates;

/// <summary>A date as a dump shows it: always month and day, sometimes a year.</summary>
internal readonly record struct PartialDate(int Month, int Day, int? Year)
{
    private static readonly string[] MonthNames = DateTimeFormatInfo.InvariantInfo.AbbreviatedMonthNames;

    /// <summary>Reads "Oct", "October" or "Sept." as a month number.</summary>
    public static int? MonthFrom(string name)
    {
        var stem = name.TrimEnd('.');
        if (stem.Length < 3)
        {
            return null;
        }

        for (var i = 0; i < 12; i++)
        {
            if (stem.StartsWith(MonthNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>True when the month and day can exist (February 29 only in some years).</summary>
    public bool IsPossible => Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(Year ?? 2024, Month);
}
