using System.Globalization;

namespace PaperCatalog.Domain.Papers;

/// <summary>
/// Decides which fields a further record of the same paper changes.
/// </summary>
/// <remarks>
/// Merging never drops data: a missing value never replaces a present one, a real title
/// replaces a derived one, an explicit date replaces an inferred one, and upvotes only grow
/// because a later capture of a page shows more of them. Where both records hold a value,
/// the newer record wins (it is the correction), except that an abstract which is only a
/// cut-off copy of the stored one is ignored.
/// </remarks>
public static class PaperMergeRules
{
    /// <summary>The changes <paramref name="record"/> would make to <paramref name="paper"/>.</summary>
    public static IReadOnlyList<FieldChange> Changes(Paper paper, PaperRecord record)
    {
        var changes = new List<FieldChange>();
        if (record.Title is not null && paper.TitleIsDerived)
        {
            changes.Add(new(PaperField.Title, paper.Title, record.Title));
        }

        if (AbstractChanges(paper, record))
        {
            changes.Add(new(PaperField.Abstract, paper.Abstract, record.Abstract));
        }

        if (DateChanges(paper, record))
        {
            changes.Add(new(PaperField.PublishedOn, Describe(paper.PublishedOn, paper.PublishedYearInferred), Describe(record.PublishedOn, record.PublishedYearInferred)));
        }

        if (record.AuthorCount is { } authors && authors != paper.AuthorCount)
        {
            changes.Add(new(PaperField.AuthorCount, paper.AuthorCount?.ToString(CultureInfo.InvariantCulture), authors.ToString(CultureInfo.InvariantCulture)));
        }

        if (record.Organization is { } organization && organization != paper.Organization)
        {
            changes.Add(new(PaperField.Organization, paper.Organization, organization));
        }

        if (record.Upvotes is { } upvotes && upvotes > paper.Upvotes)
        {
            changes.Add(new(PaperField.Upvotes, paper.Upvotes.ToString(CultureInfo.InvariantCulture), upvotes.ToString(CultureInfo.InvariantCulture)));
        }

        return changes;
    }

    private static bool AbstractChanges(Paper paper, PaperRecord record)
    {
        if (record.AbstractKey == paper.AbstractKey)
        {
            return false;
        }

        var stored = PaperKeys.Fold(paper.Abstract);
        var incoming = PaperKeys.Fold(record.Abstract);
        return !stored.StartsWith(incoming, StringComparison.Ordinal);
    }

    private static bool DateChanges(Paper paper, PaperRecord record)
    {
        if (record.PublishedOn is null)
        {
            return false;
        }

        if (paper.PublishedOn is null)
        {
            return true;
        }

        if (!paper.PublishedYearInferred && record.PublishedYearInferred)
        {
            return false;
        }

        return record.PublishedOn != paper.PublishedOn || record.PublishedYearInferred != paper.PublishedYearInferred;
    }

    private static string? Describe(DateOnly? date, bool inferred) =>
        date is null ? null : date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (inferred ? " (year inferred)" : "");
}
