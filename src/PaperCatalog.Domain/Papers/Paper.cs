using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Domain.Papers;

/// <summary>
/// A research paper in the catalog: one row however many dumps describe it.
/// </summary>
public sealed class Paper
{
    private Paper()
    {
    }

    public long Id { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>True when no dump gave a title and <see cref="Title"/> was derived from the abstract.</summary>
    public bool TitleIsDerived { get; private set; }

    /// <summary>The fingerprint of the normalized title that records match on; <c>null</c> while the title is derived.</summary>
    public Guid? TitleKey { get; private set; }

    public string Abstract { get; private set; } = "";

    /// <summary>The fingerprint of the normalized abstract that untitled records match on.</summary>
    public Guid AbstractKey { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>True when the dump showed the date without a year and the year was inferred.</summary>
    public bool PublishedYearInferred { get; private set; }

    public int? AuthorCount { get; private set; }

    /// <summary>The longest organization name the catalog stores; a record with a longer one is rejected when read.</summary>
    public const int MaxOrganizationLength = 200;

    /// <summary>The organization a dump names instead of authors (for example "Tencent").</summary>
    public string? Organization { get; private set; }

    public int Upvotes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public List<PaperSource> Sources { get; } = [];

    public List<PaperTag> Tags { get; } = [];

    /// <summary>Creates a paper from the first record that describes it.</summary>
    public static Paper Create(PaperRecord record, DateTimeOffset now)
    {
        var paper = new Paper { CreatedAt = now, UpdatedAt = now };
        paper.SetAbstract(record.Abstract);
        if (record.Title is null)
        {
            paper.DeriveTitle();
        }
        else
        {
            paper.SetTitle(record.Title);
        }

        paper.PublishedOn = record.PublishedOn;
        paper.PublishedYearInferred = record.PublishedOn is not null && record.PublishedYearInferred;
        paper.AuthorCount = record.AuthorCount;
        paper.Organization = record.Organization;
        paper.Upvotes = record.Upvotes ?? 0;
        return paper;
    }

    /// <summary>
    /// Merges another record of this paper into it, following <see cref="PaperMergeRules"/>.
    /// </summary>
    /// <returns>The fields that changed; empty when the record added nothing.</returns>
    public IReadOnlyList<FieldChange> MergeFrom(PaperRecord record, DateTimeOffset now)
    {
        var changes = PaperMergeRules.Changes(this, record);
        foreach (var change in changes)
        {
            Apply(change.Field, record);
        }

        if (changes.Count > 0)
        {
            UpdatedAt = now;
        }

        return changes;
    }

    private void Apply(PaperField field, PaperRecord record)
    {
        switch (field)
        {
            case PaperField.Title:
                SetTitle(record.Title!);
                break;
            case PaperField.Abstract:
                SetAbstract(record.Abstract);
                if (TitleIsDerived)
                {
                    DeriveTitle();
                }

                break;
            case PaperField.PublishedOn:
                PublishedOn = record.PublishedOn;
                PublishedYearInferred = record.PublishedYearInferred;
                break;
            case PaperField.AuthorCount:
                AuthorCount = record.AuthorCount;
                break;
            case PaperField.Organization:
                Organization = record.Organization;
                break;
            case PaperField.Upvotes:
                Upvotes = record.Upvotes ?? Upvotes;
                break;
        }
    }

    private void SetTitle(string title)
    {
        Title = title;
        TitleIsDerived = false;
        TitleKey = PaperKeys.ForTitle(title);
    }

    private void DeriveTitle()
    {
        Title = DerivedTitle.From(Abstract);
        TitleIsDerived = true;
        TitleKey = null;
    }

    private void SetAbstract(string abstractText)
    {
        Abstract = abstractText;
        AbstractKey = PaperKeys.ForAbstract(abstractText);
    }
}
