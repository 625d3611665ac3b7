namespace PaperCatalog.Ingestion.Dates;

/// <summary>
/// Works out when a page was captured, so that dates shown without a year can get one.
/// </summary>
/// <remarks>
/// Daily Papers pages omit the year for dates of the current year, so every explicit year in
/// a page is earlier than the capture year: the capture year is taken as one after the latest
/// explicit year, never after the import date. An admin's reference date overrides all of it.
/// </remarks>
internal static class CaptureDate
{
    /// <summary>The capture date of a page, from its dates, its page date and the import date.</summary>
    public static DateOnly Infer(IEnumerable<PartialDate> dates, PartialDate? pageDate, DateOnly importDate, DateOnly? referenceDate)
    {
        if (referenceDate is { } reference)
        {
            return reference;
        }

        var latestYear = dates.Max(static d => d.Year);
        var year = Math.Min(latestYear is { } y ? y + 1 : importDate.Year, importDate.Year);
        if (pageDate is { } page && WithYear(page, year) is { } captured)
        {
            return captured <= importDate ? captured : LatestOnOrBefore(page, importDate) ?? importDate;
        }

        var endOfYear = new DateOnly(year, 12, 31);
        return endOfYear <= importDate ? endOfYear : importDate;
    }

    /// <summary>The latest real date with the month and day of <paramref name="date"/> that is not after <paramref name="capture"/>.</summary>
    public static DateOnly? LatestOnOrBefore(PartialDate date, DateOnly capture)
    {
        // Eight years always include a leap year, for February 29.
        for (var year = capture.Year; year > capture.Year - 8; year--)
        {
            if (WithYear(date, year) is { } candidate && candidate <= capture)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The date in <paramref name="year"/>, or <c>null</c> when that day does not exist then.</summary>
    public static DateOnly? WithYear(PartialDate date, int year) =>
        year is >= 1 and <= 9999 && date.Day <= DateTime.DaysInMonth(year, date.Month)
            ? new DateOnly(year, date.Month, date.Day)
            : null;
}
